package org.hubcycle.notifications.sending;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** An SMTP server that answers every recipient with 550: it will never take mail for them. */
final class RefusingSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread thread;

    RefusingSmtpServer() throws IOException {
        socket = new ServerSocket(0);
        thread = new Thread(this::serve, "refusing-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept();
                    BufferedReader in = new BufferedReader(
                            new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                    Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII)) {
                reply(out, "220 refusing.test ESMTP");
                String line;
                while ((line = in.readLine()) != null) {
                    String command = line.toUpperCase(Locale.ROOT);
                    if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                        reply(out, "250 refusing.test");
                    } else if (command.startsWith("RCPT")) {
                        reply(out, "550 5.1.1 No such user here");
                    } else if (command.startsWith("QUIT")) {
                        reply(out, "221 Bye");
                        break;
                    } else {
                        reply(out, "250 OK");
                    }
                }
            } catch (IOException closed) {
                // the next connection, or the end
            }
        }
    }

    private static void reply(Writer out, String line) throws IOException {
        out.write(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
