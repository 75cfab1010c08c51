package com.gendan.web;

import com.gendan.process.Fits;
import com.gendan.process.Numbers;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.stereotype.Component;

/**
 * Shows in the API docs the bounds of a number that swagger-core does not know: the column of
 * {@link Fits} as {@code multipleOf} and as {@code maximum}/{@code minimum} where no other
 * annotation sets them, and the lower bound of {@code @Positive}/{@code @PositiveOrZero}. Clients
 * (and the hostile-input test) read every number's bounds there.
 */
@Component
class NumberBoundsInApiDocs implements PropertyCustomizer {

  @Override
  @SuppressWarnings({"rawtypes", "unchecked"})
  public Schema customize(Schema property, AnnotatedType type) {
    if (property == null || type == null || type.getCtxAnnotations() == null) {
      return property;
    }
    for (Annotation annotation : type.getCtxAnnotations()) {
      if (annotation instanceof Fits fits) {
        Numbers.Column column = fits.value();
        BigDecimal step = BigDecimal.ONE.movePointLeft(column.decimals());
        BigDecimal largest = BigDecimal.ONE.movePointRight(column.integerDigits()).subtract(step);
        property.setMultipleOf(step);
        if (property.getMaximum() == null) {
          property.setMaximum(largest);
        }
        if (property.getMinimum() == null) {
          property.setMinimum(largest.negate());
        }
      } else if (annotation instanceof Positive || annotation instanceof PositiveOrZero) {
        property.setMinimum(BigDecimal.ZERO);
      }
    }
    return property;
  }
}
