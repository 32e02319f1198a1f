package gov.approval.identity.entity;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A resident identity number with a valid birth date and check character; null passes. */
@Documented
@Constraint(validatedBy = ValidResidentId.Validator.class)
@Target({
  ElementType.FIELD,
  ElementType.PARAMETER,
  ElementType.RECORD_COMPONENT,
  ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidResidentId {

  String message() default "{account.residentId.invalid}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the number with {@link ResidentIdNumber#isValid}. */
  class Validator implements ConstraintValidator<ValidResidentId, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || ResidentIdNumber.isValid(value);
    }
  }
}
