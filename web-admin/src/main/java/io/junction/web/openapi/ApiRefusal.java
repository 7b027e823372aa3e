package io.junction.web.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A refusal an endpoint gives beyond those of its shape (which {@link ApiOperationsCustomizer} documents by
 * itself): a 409 when the resource's state forbids the call, a 503 when a platform could not be asked, …
 * Documented as a problem detail, unless {@link #answerBody()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(ApiRefusal.List.class)
public @interface ApiRefusal {

    /** The HTTP status. */
    int status();

    /** When the endpoint refuses so, for the caller. */
    String description();

    /** True when the refusal answers the same body as a success (e.g. an item scan's {@code accepted=false}). */
    boolean answerBody() default false;

    /** The refusals of one endpoint. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface List {
        ApiRefusal[] value();
    }
}
