package org.hubcycle.delivery.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Invoices to schools; the hub filter applies. */
public interface SchoolInvoiceRepository extends JpaRepository<SchoolInvoice, Long> {

    List<SchoolInvoice> findByHubIdAndAcademicYearOrderBySequenceNumberDesc(long hubId, int academicYear);

    List<SchoolInvoice> findByHubIdAndSchoolUrnAndAcademicYearOrderBySequenceNumberDesc(
            long hubId, int schoolUrn, int academicYear);

    /** A school's invoices from every hub the scope sees. */
    List<SchoolInvoice> findBySchoolUrnAndAcademicYearOrderByRaisedOnDescIdDesc(int schoolUrn, int academicYear);

    /** The invoices a charge is on that are raised or paid (at most one). */
    @Query("select i from SchoolInvoice i, SchoolInvoiceLine l where l.invoiceId = i.id and l.sessionId = :sessionId"
            + " and l.participantId = :participantId and i.schoolUrn = :urn and i.status in :statuses")
    List<SchoolInvoice> holding(long sessionId, int urn, long participantId, Collection<SchoolInvoice.Status> statuses);

    /** Invoices of this status past their due date whose school has not been reminded. */
    List<SchoolInvoice> findByStatusAndDueOnBeforeAndRemindedOnIsNull(
            SchoolInvoice.Status status, java.time.LocalDate day);

    /** The last number the hub gave an invoice in the year (0 before its first). */
    @Query("select coalesce(max(i.sequenceNumber), 0) from SchoolInvoice i"
            + " where i.hubId = :hubId and i.academicYear = :academicYear")
    int lastNumber(long hubId, int academicYear);
}
