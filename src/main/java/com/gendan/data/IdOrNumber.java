package com.gendan.data;

import com.gendan.problem.InvalidRequestException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.regex.Pattern;

/**
 * How a client names one document: by its id ({@code 42}) or by the number people know ({@code
 * XS-2026-00001}, any letter case). Anything else is refused, naming the field.
 */
public final class IdOrNumber {

  private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

  private final Long id;
  private final String number;

  private IdOrNumber(Long id, String number) {
    this.id = id;
    this.number = number;
  }

  /**
   * @param value what the client sent
   * @param numbers the document's numbers, upper case (e.g. {@code XS-[0-9]{4}-[0-9]{5,9}})
   * @param field the parameter's name, for the error
   * @param example a number of this kind, for the error
   * @throws InvalidRequestException when it is neither an id nor such a number
   */
  public static IdOrNumber parse(String value, Pattern numbers, String field, String example) {
    String text = value == null ? "" : value.strip();
    if (ID.matcher(text).matches()) {
      return new IdOrNumber(Long.parseLong(text), null);
    }
    String number = Codes.normalized(text);
    if (numbers.matcher(number).matches()) {
      return new IdOrNumber(null, number);
    }
    throw InvalidRequestException.of(field, "应为ID或单号，如 " + example);
  }

  /** The document, looked up by id or by number. */
  public <T> Optional<T> find(
      LongFunction<Optional<T>> byId, Function<String, Optional<T>> byNumber) {
    return id != null ? byId.apply(id) : byNumber.apply(number);
  }

  /** As the client wrote it, normalised: for messages. */
  @Override
  public String toString() {
    return id != null ? id.toString() : number;
  }
}
