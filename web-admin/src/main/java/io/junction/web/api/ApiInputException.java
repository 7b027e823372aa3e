package io.junction.web.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Input refused before anything changed, with the field to fix and a text of the {@code problems}
 * bundle that says why; answered as 400 in the caller's language (on a page: the error page).
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class ApiInputException extends RuntimeException {

    private final String field;
    private final String key;
    private final transient Object[] args;

    public ApiInputException(String field, String key, Object... args) {
        super(field + ": " + key);
        this.field = field;
        this.key = key;
        this.args = args.clone();
    }

    /** The request parameter or JSON property at fault. */
    public String field() {
        return field;
    }

    /** The bundle key of the reason. */
    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
