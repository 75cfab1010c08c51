package com.gendan.bench.walk;

/**
 * A started instance.
 *
 * @param documentId the id of the business document Gendan registered (null for a start through the
 *     engine)
 */
public record Started(String processInstanceId, String documentId) {}
