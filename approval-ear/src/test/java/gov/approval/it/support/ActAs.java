package gov.approval.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The user an in-container test method (or every method of a class) runs as: {@link ActAsMechanism}
 * logs that user in with the roles the platform gives them, so boundaries see a real caller.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ActAs {
  String value();
}
