package io.junction.web.error;

import io.junction.web.api.ApiInputException;
import java.util.NoSuchElementException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page asked for with input it cannot take ({@code /orders?status=FOO}) or for something that is
 * not there answers 400 or 404 with the error page, not 500. Comes after every other advice, so the
 * API's own handler answers its controllers.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class PageErrorAdvice {

    private final MessageSource problems;

    public PageErrorAdvice(MessageSource problems) {
        this.problems = problems;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ModelAndView badRequest() {
        return page("error/error", HttpStatus.BAD_REQUEST);
    }

    /** Input a page's form sent that cannot be taken, with the reason the API would give (its bundle's text). */
    @ExceptionHandler(ApiInputException.class)
    ModelAndView refusedInput(ApiInputException refused) {
        ModelAndView page = page("error/error", HttpStatus.BAD_REQUEST);
        page.addObject("problem", problems.getMessage(refused.key(), refused.args(), LocaleContextHolder.getLocale()));
        return page;
    }

    @ExceptionHandler(NoSuchElementException.class)
    ModelAndView notFound() {
        return page("error/404", HttpStatus.NOT_FOUND);
    }

    private static ModelAndView page(String view, HttpStatus status) {
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("status", status.value());
        return page;
    }
}
