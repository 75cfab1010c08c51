package com.gendan.quote;

/** Who signs: the user, their display name, and the role (group) they sign for. */
record Signer(String userId, String userName, String groupId, String roleName) {}
