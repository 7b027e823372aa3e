package io.junction.web.user;

import io.junction.order.RefusedChangeException;
import java.util.List;

/**
 * A user that cannot be added or changed as asked, with every reason (already in the reader's
 * language); nothing was changed. A {@link #conflict()} is a change that would leave no enabled admin.
 */
public class UserRefusedException extends RefusedChangeException {

    public UserRefusedException(List<Problem> problems, boolean conflict) {
        super(problems, conflict);
    }
}
