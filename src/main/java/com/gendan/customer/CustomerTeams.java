package com.gendan.customer;

import java.util.Optional;

/** Looks up the people assigned to a customer; used by the customer scope of every process. */
public interface CustomerTeams {

  Optional<CustomerTeam> teamOf(long customerId);
}
