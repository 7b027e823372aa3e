package io.junction.web.page;

import java.util.NoSuchElementException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Something a {@link NotFoundPage} controller was asked for is not there: 404 with the "not found" page. Comes
 * before the error pages' advice, which answers every other page.
 */
@ControllerAdvice(annotations = NotFoundPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class NotFoundPageAdvice {

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public String notFound() {
        return "orders/not-found";
    }
}
