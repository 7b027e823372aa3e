package io.junction.web.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/** An endpoint that answers a PDF (labels, pick lists, manifests), or a problem when the document cannot be made. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RequestMapping(produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
public @interface PdfMapping {

    /** The path. */
    @AliasFor(annotation = RequestMapping.class)
    String[] value() default {};

    /** GET to read a document, POST when making it records something (a print, a closed batch). */
    @AliasFor(annotation = RequestMapping.class)
    RequestMethod[] method();
}
