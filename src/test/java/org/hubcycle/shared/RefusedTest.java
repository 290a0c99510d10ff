package org.hubcycle.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** A save from a stale form, or one that lost a race at commit, is refused with the code the page shows. */
class RefusedTest {

    @Test
    void aSaveFromAFormOpenedOnAnOlderVersionIsRefused() {
        assertThatThrownBy(() -> Refused.unlessStill(3L, 4, "offer.changedMeanwhile"))
                .isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(((Refused) e).code()).isEqualTo("offer.changedMeanwhile"))
                .satisfies(e -> assertThat(((Refused) e).field()).isNull());
        assertThatNoException().isThrownBy(() -> Refused.unlessStill(4L, 4, "offer.changedMeanwhile"));
        assertThatNoException()
                .as("a caller that does not say which version it read")
                .isThrownBy(() -> Refused.unlessStill(null, 4, "offer.changedMeanwhile"));
    }

    @Test
    void aSaveThatLostTheRaceAtCommitIsRefusedAndOtherFailuresPassThrough() {
        assertThatThrownBy(() -> Refused.ifRaced("session.changedMeanwhile", () -> {
                    throw new ObjectOptimisticLockingFailureException("Session", 7L);
                }))
                .isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(((Refused) e).code()).isEqualTo("session.changedMeanwhile"));
        assertThatThrownBy(() -> Refused.ifRaced("session.changedMeanwhile", () -> {
                    throw new IllegalStateException("not a race");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(Refused.ifRaced("session.changedMeanwhile", () -> true)).isTrue();
    }
}
