package org.hubcycle.delivery.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Lines of invoices to schools; the hub filter applies. */
public interface SchoolInvoiceLineRepository extends JpaRepository<SchoolInvoiceLine, Long> {

    List<SchoolInvoiceLine> findByInvoiceIdInOrderBySessionDateAscWorkGroupAscIdAsc(Collection<Long> invoiceIds);
}
