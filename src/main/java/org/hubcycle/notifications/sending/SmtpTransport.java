package org.hubcycle.notifications.sending;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends through an SMTP server with Spring's mail support: plain text, UTF-8. */
class SmtpTransport implements MailTransport {

    private final JavaMailSenderImpl sender;
    private final InternetAddress from;
    private final String description;

    SmtpTransport(MailSettings.Smtp smtp, String from) {
        this.sender = new JavaMailSenderImpl();
        boolean ssl = "ssl".equalsIgnoreCase(smtp.tls());
        sender.setHost(smtp.host());
        sender.setPort(smtp.port());
        sender.setProtocol(ssl ? "smtps" : "smtp");
        sender.setDefaultEncoding("UTF-8");
        boolean auth = smtp.username() != null && !smtp.username().isBlank();
        if (auth) {
            sender.setUsername(smtp.username());
            sender.setPassword(smtp.password());
        }
        String prefix = ssl ? "mail.smtps." : "mail.smtp.";
        Properties properties = sender.getJavaMailProperties();
        properties.setProperty(prefix + "auth", String.valueOf(auth));
        if ("starttls".equalsIgnoreCase(smtp.tls())) {
            properties.setProperty(prefix + "starttls.enable", "true");
            properties.setProperty(prefix + "starttls.required", "true");
        }
        String millis = String.valueOf(smtp.timeout().toMillis());
        properties.setProperty(prefix + "connectiontimeout", millis);
        properties.setProperty(prefix + "timeout", millis);
        properties.setProperty(prefix + "writetimeout", millis);
        try {
            this.from = new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalStateException("hubcycle.mail.from is not an email address: " + from, e);
        }
        this.description = "SMTP (" + smtp.host() + ":" + smtp.port() + ", " + smtp.tls() + ")";
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void send(String recipient, String subject, String body, String reference) throws Failure {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(from);
            helper.setTo(new InternetAddress(recipient, true));
            helper.setSubject(subject);
            helper.setText(body, false);
            message.setHeader("X-Hubcycle-Reference", reference);
            sender.send(message);
        } catch (AddressException e) {
            throw new Failure("Not an email address: " + e.getMessage(), true, e);
        } catch (MessagingException e) {
            throw new Failure(e.getMessage(), false, e);
        } catch (MailAuthenticationException e) {
            throw new Failure("The SMTP server refused Hubcycle's username or password: " + e.getMessage(), false, e);
        } catch (MailSendException e) {
            boolean refusedAddress = e.getFailedMessages().values().stream().anyMatch(SmtpTransport::refusedAddress);
            throw new Failure(e.getMessage(), refusedAddress, e);
        } catch (MailException e) {
            throw new Failure(e.getMessage(), false, e);
        }
    }

    /** The server answered that it will not take mail for the address (a 5xx reply to RCPT TO). */
    private static boolean refusedAddress(Exception failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SendFailedException refused
                    && refused.getInvalidAddresses() != null
                    && refused.getInvalidAddresses().length > 0) {
                return true;
            }
        }
        return false;
    }
}
