package io.junction.web.api;

import io.junction.label.LabelException;
import io.junction.order.OrderActionException;
import io.junction.scanout.ScanRefusedException;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Turns refusals into RFC 9457 problem details with a message a person can act on. */
@RestControllerAdvice(annotations = RestController.class)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
    }

    @ExceptionHandler(OrderActionException.class)
    ProblemDetail refused(OrderActionException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Order action refused", e.getMessage());
        problem.setProperty("orderId", e.orderId());
        return problem;
    }

    @ExceptionHandler(ScanRefusedException.class)
    ProblemDetail scanRefused(ScanRefusedException e) {
        return problem(HttpStatus.CONFLICT, "Scan refused", e.getMessage());
    }

    @ExceptionHandler(LabelException.class)
    ProblemDetail labelsRefused(LabelException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Labels cannot be printed", e.getMessage());
        problem.setProperty("problems", e.problems());
        return problem;
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
