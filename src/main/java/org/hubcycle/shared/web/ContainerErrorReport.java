package org.hubcycle.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;

/**
 * What Tomcat answers when it refuses a request before Hubcycle sees it (a NUL byte in the address,
 * headers over 8 KB): an RFC 9457 problem document for the API, or when the address could not even
 * be read; a short page, in words, for anything else. Never Tomcat's own page. Errors that reach
 * Hubcycle are answered by {@link ErrorResponses}, which writes first, so this stays silent for them.
 */
public class ContainerErrorReport extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean canWrite = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, canWrite);
        if (!canWrite.get()) {
            return;
        }
        String path = request.getCoyoteRequest().requestURI().toString();
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        boolean page = path != null && path.startsWith("/") && !path.startsWith("/api/");
        try {
            response.setContentType(page ? "text/html" : "application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer out = response.getReporter();
            if (out != null) {
                out.write(page ? page(title) : problem(status, title));
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the response already started: nothing more can be said.
        }
    }

    private static String problem(int status, String title) {
        return "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"The request could not be "
                + "read: check the address and its query for characters that are not allowed, and keep the request's headers under 8 KB.\"}";
    }

    private static String page(String title) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + HtmlUtils.htmlEscape(title)
                + " – Hubcycle</title></head><body style=\"font-family:arial,sans-serif;margin:2em;max-width:40em\">"
                + "<h1>Sorry, we could not read that request</h1><p>Check the web address for characters that do not belong in it. "
                + "If you followed a link, go to the <a href=\"/\">home page</a> and try again from there.</p></body></html>";
    }
}
