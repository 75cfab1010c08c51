package com.gendan.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.gendan.process.PlainText;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * How Gendan's own API (Spring MVC) reads JSON: with the application's ObjectMapper, and two rules
 * more. Text may not contain control characters ({@link PlainText}). And a number too long for
 * Jackson's {@code StreamReadConstraints} (1000 digits), which the parser refuses before any field
 * gets it, is reported with the field it was read for. A point in time is written in the
 * department's zone, with its offset ({@code 2026-12-04T23:20:00+08:00}, not {@code 15:20Z}), so
 * that a person reading the answer sees local time. The engine REST API and the process variables
 * keep their own mappers.
 */
@Configuration
class ApiJson {

  @Bean
  MappingJackson2HttpMessageConverter mappingJackson2HttpMessageConverter(
      ObjectMapper mapper, Clock clock) {
    ObjectMapper api = mapper.copyWith(new FieldNamingJsonFactory(mapper.getFactory()));
    api.registerModule(
        new SimpleModule("gendan-plain-text")
            .addDeserializer(String.class, new PlainTextDeserializer())
            .addSerializer(Instant.class, new LocalInstantSerializer(clock.getZone())));
    return new MappingJackson2HttpMessageConverter(api);
  }

  /** An instant as the date and time in {@code zone}, with the zone's offset. */
  static final class LocalInstantSerializer extends StdSerializer<Instant> {

    private final ZoneId zone;

    LocalInstantSerializer(ZoneId zone) {
      super(Instant.class);
      this.zone = zone;
    }

    @Override
    public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeString(
          DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value.atZone(zone).toOffsetDateTime()));
    }
  }

  /** Jackson's own String deserializer, refusing control characters. */
  static final class PlainTextDeserializer extends StdScalarDeserializer<String> {

    PlainTextDeserializer() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String text = StringDeserializer.instance.deserialize(parser, context);
      if (text != null && PlainText.hasControlCharacters(text)) {
        throw new ControlCharactersException(parser, text);
      }
      return text;
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.Textual;
    }
  }

  /** Text with a control character; {@link ApiExceptionHandler} names its field. */
  static final class ControlCharactersException extends InvalidFormatException {

    ControlCharactersException(JsonParser parser, String text) {
      super(parser, PlainText.CONTROL_CHARACTERS, text, String.class);
    }
  }

  /**
   * Makes parsers whose refusal of an over-long number names the field being read, for the two ways
   * Spring MVC reads a body (a stream, or a reader for a charset other than UTF-8).
   */
  static final class FieldNamingJsonFactory extends JsonFactory {

    FieldNamingJsonFactory(JsonFactory factory) {
      super(factory, null);
    }

    @Override
    public JsonFactory copy() {
      return new FieldNamingJsonFactory(this);
    }

    @Override
    protected JsonParser _createParser(InputStream in, IOContext context) throws IOException {
      return new FieldNamingParser(super._createParser(in, context));
    }

    @Override
    protected JsonParser _createParser(Reader reader, IOContext context) throws IOException {
      return new FieldNamingParser(super._createParser(reader, context));
    }
  }

  /**
   * A {@link StreamConstraintsException} becomes a {@link JsonParseException} of this parser, whose
   * context knows the field; every other way of advancing goes through these two methods.
   */
  static final class FieldNamingParser extends JsonParserDelegate {

    FieldNamingParser(JsonParser parser) {
      super(parser);
    }

    @Override
    public JsonToken nextToken() throws IOException {
      return naming(delegate::nextToken);
    }

    @Override
    public JsonToken nextValue() throws IOException {
      return naming(delegate::nextValue);
    }

    private JsonToken naming(Step step) throws IOException {
      try {
        return step.next();
      } catch (StreamConstraintsException e) {
        throw new JsonParseException(this, e.getOriginalMessage(), e);
      }
    }

    private interface Step {
      JsonToken next() throws IOException;
    }
  }
}
