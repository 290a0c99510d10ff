package org.hubcycle.access.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hubcycle.access.accounts.TeamMembers;
import org.hubcycle.access.domain.AuditEvent;
import org.hubcycle.access.domain.AuditEventRepository;
import org.hubcycle.access.domain.UserAccountRepository;
import org.hubcycle.access.internal.Role;
import org.hubcycle.directory.Hubs;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read models for the access pages, built inside one read-only transaction each. */
@Service
@Transactional(readOnly = true)
class AccessQueries {

    /** A member of a hub's team as its page lists them; {@code removable} when the reader may take them off it. */
    public record TeamMember(
            long id, String displayName, String email, List<Role> roles, boolean active, boolean removable) {}

    public record AuditRow(
            Instant occurredAt, String type, String actor, String hubName, String subject, String detail) {}

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,18}");

    private final UserAccountRepository users;
    private final AuditEventRepository audit;
    private final Hubs hubs;
    private final MessageSource messages;

    AccessQueries(UserAccountRepository users, AuditEventRepository audit, Hubs hubs, MessageSource messages) {
        this.users = users;
        this.audit = audit;
        this.hubs = hubs;
        this.messages = messages;
    }

    Page<TeamMember> team(long hubId, TeamMembers.Remover reader, Pageable pageable) {
        return users.findByHubIdOrderByDisplayNameAscIdAsc(hubId, pageable)
                .map(u -> new TeamMember(
                        u.getId(),
                        u.getDisplayName(),
                        u.getEmail(),
                        u.getRoles().stream().sorted().toList(),
                        u.isEnabled(),
                        reader != null && TeamMembers.mayRemove(reader, u.getEmail(), u.getRoles())));
    }

    /** The audit log the current user may see (the hub filter limits hub users to their hub), newest first. */
    Page<AuditRow> auditLog(String type, Pageable pageable) {
        Page<AuditEvent> page = type == null || type.isBlank()
                ? audit.findAllByOrderByOccurredAtDescIdDesc(pageable)
                : audit.findByTypeOrderByOccurredAtDescIdDesc(type, pageable);
        return rows(page);
    }

    Page<AuditRow> recentForHub(long hubId, int count) {
        return rows(audit.findByHubIdOrderByOccurredAtDescIdDesc(hubId, PageRequest.of(0, count)));
    }

    List<String> auditTypes() {
        return audit.findTypes();
    }

    private Page<AuditRow> rows(Page<AuditEvent> page) {
        Map<Long, String> hubNames = hubs.namesById(
                page.stream().map(AuditEvent::getHubId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return page.map(e -> new AuditRow(
                e.getOccurredAt(),
                e.getType(),
                e.getActor(),
                e.getHubId() == null ? null : hubNames.get(e.getHubId()),
                e.getSubject(),
                detail(e)));
    }

    /** The detail in the reader's words; events older than worded details show what was written then. */
    private String detail(AuditEvent e) {
        if (e.getDetailCode() == null) {
            return e.getDetail();
        }
        List<String> facts = e.getDetailFacts();
        String asWritten = String.join(", ", facts);
        try {
            return messages.getMessage(e.getDetailCode(), facts.toArray(), asWritten, LocaleContextHolder.getLocale());
        } catch (IllegalArgumentException countedFromText) {
            // Facts are kept as text. A detail that counts with one (a number, or "one expression" against
            // "3 expressions") needs it as a number, which MessageFormat will not take as text.
            Object[] numbers = facts.stream()
                    .map(fact -> WHOLE_NUMBER.matcher(fact).matches() ? (Object) Long.valueOf(fact) : fact)
                    .toArray();
            return messages.getMessage(e.getDetailCode(), numbers, asWritten, LocaleContextHolder.getLocale());
        }
    }
}
