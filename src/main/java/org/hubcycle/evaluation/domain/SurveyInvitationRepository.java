package org.hubcycle.evaluation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Invitations; the hub filter applies. */
public interface SurveyInvitationRepository extends JpaRepository<SurveyInvitation, Long> {

    @Query("select new org.hubcycle.evaluation.domain.InvitationCount(i.surveyId, count(i), count(i.submittedAt))"
            + " from SurveyInvitation i where i.surveyId in :surveyIds group by i.surveyId")
    List<InvitationCount> counts(Collection<Long> surveyIds);

    /** The pair keys a work group's surveys gave its participants so far, as [participant id, pair key]. */
    @Query("select i.participantId, i.pairKey from SurveyInvitation i where i.participantId is not null"
            + " and i.surveyId in (select s.id from Survey s where s.workGroupId = :workGroupId)")
    List<Object[]> pairKeys(long workGroupId);

    /** The pair keys a work group's surveys gave the schools' contacts so far, as [email, pair key]. */
    @Query("select i.email, i.pairKey from SurveyInvitation i where i.participantId is null"
            + " and i.surveyId in (select s.id from Survey s where s.workGroupId = :workGroupId)")
    List<Object[]> contactPairKeys(long workGroupId);

    /**
     * Invitations to remind: not answered, reminded fewer times than allowed, last emailed before the
     * cut-off, of a survey open today.
     */
    @Query(
            "select i from SurveyInvitation i where i.submittedAt is null and i.reminders < :max and i.lastSentAt < :before"
                    + " and i.email is not null and i.surveyId in"
                    + " (select s.id from Survey s where s.opensOn <= :today and s.closesOn >= :today) order by i.id")
    List<SurveyInvitation> due(int max, Instant before, LocalDate today);

    /** Forgets whom the invitations to surveys of this academic year or before were sent to (every hub's). */
    @Modifying
    @Query(value = """
                    update evaluation_invitation set email = null
                    where email is not null
                      and survey_id in (select s.id from evaluation_survey s where s.academic_year <= :lastYear)
                    """, nativeQuery = true)
    int forgetEmailsUpTo(int lastYear);

    /** Deletes the answers saved, and never submitted, to surveys of this academic year or before (every hub's). */
    @Modifying
    @Query(value = """
                    delete from evaluation_draft where invitation_id in
                      (select i.id from evaluation_invitation i join evaluation_survey s on s.id = i.survey_id
                       where s.academic_year <= :lastYear)
                    """, nativeQuery = true)
    int deleteDraftsUpTo(int lastYear);

    /** Forgets the addresses these participants' invitations were sent to, and the answers they saved unsent. */
    @Modifying
    @Query(
            value = "update evaluation_invitation set email = null where participant_id in (:participantIds)",
            nativeQuery = true)
    int forgetEmailsOf(Collection<Long> participantIds);

    /** Deletes the answers these participants saved and never submitted. */
    @Modifying
    @Query(
            value = "delete from evaluation_draft where invitation_id in"
                    + " (select i.id from evaluation_invitation i where i.participant_id in (:participantIds))",
            nativeQuery = true)
    int deleteDraftsOf(Collection<Long> participantIds);
}
