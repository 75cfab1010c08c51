package com.gendan.process;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * The number fits the column it is stored in: not more decimals (refused rather than rounded
 * unseen) and not more digits before the point (refused rather than overflowing the column), with
 * {@link Numbers.Column#limits()} as the reason. Null is valid. Cheap even for 1e10000000; the API
 * docs show it as {@code multipleOf}, {@code maximum} and {@code minimum}.
 */
@Documented
@Constraint(validatedBy = Fits.Validator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Fits {

  /** The column the number is stored in. */
  Numbers.Column value();

  /** Unused: the reason is the column's {@link Numbers.Column#limits()}. */
  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks a number against its column. */
  class Validator implements ConstraintValidator<Fits, BigDecimal> {

    private Numbers.Column column;

    @Override
    public void initialize(Fits fits) {
      column = fits.value();
    }

    @Override
    public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
      if (value == null || column.fits(value)) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(column.limits()).addConstraintViolation();
      return false;
    }
  }
}
