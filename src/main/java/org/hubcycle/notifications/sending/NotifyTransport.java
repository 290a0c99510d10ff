package org.hubcycle.notifications.sending;

import java.util.Map;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

/**
 * Sends through GOV.UK Notify with its Java client. Notify sends from templates kept in Notify: one
 * template whose subject is {@code ((subject))} and whose body is {@code ((body))} carries every
 * Hubcycle email, so the words stay in Hubcycle's own templates (ADR 0009).
 */
class NotifyTransport implements MailTransport {

    private final NotificationClient client;
    private final String templateId;

    NotifyTransport(MailSettings.Notify notify) {
        if (notify.templateId() == null || notify.templateId().isBlank()) {
            throw new IllegalStateException(
                    "GOV.UK Notify needs hubcycle.mail.govuk-notify.template-id (NOTIFY_TEMPLATE_ID)");
        }
        this.client = new NotificationClient(notify.apiKey(), notify.baseUrl());
        this.templateId = notify.templateId();
    }

    @Override
    public String describe() {
        return "GOV.UK Notify";
    }

    @Override
    public void send(String recipient, String subject, String body, String reference) throws Failure {
        try {
            client.sendEmail(templateId, recipient, Map.of("subject", subject, "body", body), reference);
        } catch (NotificationClientException e) {
            // 400: Notify will never take this email (a bad address, say); 403: the key is wrong, which
            // an operator fixes and then resends. Anything else (429, 5xx, no answer) may pass later.
            throw new Failure(
                    "GOV.UK Notify answered " + e.getHttpResult() + ": " + e.getMessage(), e.getHttpResult() == 400, e);
        }
    }
}
