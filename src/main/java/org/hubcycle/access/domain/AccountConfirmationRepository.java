package org.hubcycle.access.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountConfirmationRepository extends JpaRepository<AccountConfirmation, String> {
}
