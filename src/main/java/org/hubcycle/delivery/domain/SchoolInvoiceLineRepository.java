package org.hubcycle.delivery.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Lines of invoices to schools; the hub filter applies. */
public interface SchoolInvoiceLineRepository extends JpaRepository<SchoolInvoiceLine, Long> {

    List<SchoolInvoiceLine> findByInvoiceIdInOrderBySessionDateAscWorkGroupAscIdAsc(Collection<Long> invoiceIds);

    /** Writes this in place of the participant named on each line of invoices of this year or before (every hub's). */
    @Modifying
    @Query(value = """
                    update school_invoice_line set who = :name
                    where who <> :name
                      and invoice_id in (select i.id from school_invoice i where i.academic_year <= :lastYear)
                    """, nativeQuery = true)
    int eraseNamesUpTo(int lastYear, String name);

    /** Writes this in place of these participants' names on every line naming them. */
    @Modifying
    @Query(
            value = "update school_invoice_line set who = :name where participant_id in (:participantIds)",
            nativeQuery = true)
    int eraseNamesOf(Collection<Long> participantIds, String name);
}
