package org.hubcycle.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import no.nav.security.mock.oauth2.MockOAuth2Server;

/**
 * The services around a running Hubcycle in tests, one of each per test JVM: an SMTP server
 * (GreenMail) that receives every email, and an OpenID Connect provider (mock-oauth2-server) acting
 * as DfE Sign-in. Started on first use, on free ports.
 */
public final class ExternalServices {

    /** The mock provider's issuer id: its issuer address ends with it. */
    public static final String ISSUER = "dfe";

    private static GreenMail mail;
    private static MockOAuth2Server oidc;

    private ExternalServices() {}

    public static synchronized GreenMail mail() {
        if (mail == null) {
            mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
        }
        return mail;
    }

    public static synchronized MockOAuth2Server oidc() {
        if (oidc == null) {
            oidc = new MockOAuth2Server();
            oidc.start();
        }
        return oidc;
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
