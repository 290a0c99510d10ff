package org.hubcycle.shared;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record does not exist, or exists but is not the current user's to see: both answer 404 so
 * that nobody can learn from the response that another hub's record exists. What the API says is the
 * message {@code not-found.<kind>}.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException implements MessageSourceResolvable {

    /** @param code the message saying what was not found, {@code not-found.<kind>} */
    public NotFoundException(String code) {
        super(code);
    }

    @Override
    public String[] getCodes() {
        return new String[] {getMessage()};
    }
}
