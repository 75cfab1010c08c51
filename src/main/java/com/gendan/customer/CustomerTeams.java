package com.gendan.customer;

import java.util.Optional;

/** Looks up the people assigned to a customer; used by the customer scope of every process. */
public interface CustomerTeams {

  Optional<CustomerTeam> teamOf(long customerId);

  /** The team of the customer with this code (what people type on a start form). */
  Optional<CustomerTeam> teamOfCode(String code);
}
