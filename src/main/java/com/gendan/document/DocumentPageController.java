package com.gendan.document;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.stereotype.Controller;

/**
 * A controller of printable document pages ({@link DocumentPages}): its errors are answered as
 * Chinese pages ({@link DocumentPageErrors}), not as the API's problem bodies.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface DocumentPageController {}
