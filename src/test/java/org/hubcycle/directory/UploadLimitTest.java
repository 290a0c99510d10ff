package org.hubcycle.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.hubcycle.support.RunningServerTest;
import org.hubcycle.support.SignedIn;
import org.hubcycle.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** An upload over the limit is answered with a clear page from its declared length, before its content is read. */
class UploadLimitTest extends RunningServerTest {

    @Test
    void anOversizedUploadIsRefusedBeforeItsContentIsRead() throws Exception {
        WebSession admin = new WebSession(PORT);
        admin.signIn(SignedIn.NATIONAL, "demo");
        String csrf = admin.csrf("/directory/import");

        String response;
        try (Socket socket = new Socket("localhost", PORT)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            // A gigabyte is declared, but only the first few bytes are ever sent: the answer comes without the rest.
            out.write(("POST /directory/import?_csrf=" + csrf + " HTTP/1.1\r\n"
                            + "Host: localhost:" + PORT + "\r\n"
                            + "Cookie: " + admin.cookieHeader() + "\r\n"
                            + "Accept: text/html\r\n"
                            + "Content-Type: multipart/form-data; boundary=XyZ\r\n"
                            + "Content-Length: " + (1L << 30) + "\r\n\r\n"
                            + "--XyZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"huge.csv\"\r\n"
                            + "Content-Type: text/csv\r\n\r\nURN,")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            response = readResponse(socket.getInputStream());
        }

        assertThat(response).startsWith("HTTP/1.1 413").containsIgnoringCase("Connection: close");
        Document page = Jsoup.parse(response.substring(response.indexOf("\r\n\r\n")));
        assertThat(page.select("h1").text()).isEqualTo("The upload is too large");
        assertThat(page.select("main").text())
                .contains("Nothing was uploaded or saved. Each file can be at most 100MB");
        assertThat(page.select("main a").attr("href")).isEqualTo("/directory/import");
    }

    /** Reads up to the end of the chunked response: the server keeps the connection open a moment for the rest of the upload. */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            response.write(b);
            if (response.toString(StandardCharsets.UTF_8).endsWith("\r\n0\r\n\r\n")) {
                break;
            }
        }
        return response.toString(StandardCharsets.UTF_8);
    }
}
