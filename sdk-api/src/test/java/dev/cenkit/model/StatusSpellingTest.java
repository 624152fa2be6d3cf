package dev.cenkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cenkit.error.InvalidParameterException;
import dev.cenkit.model.cen.AttachmentStatus;
import dev.cenkit.model.cen.BandwidthPlanBusinessStatus;
import dev.cenkit.model.cen.BandwidthPlanStatus;
import dev.cenkit.model.cen.CenRouteStatus;
import dev.cenkit.model.cen.CenStatus;
import dev.cenkit.model.expressconnect.PhysicalConnectionStatus;
import dev.cenkit.model.expressconnect.RouterInterfaceStatus;
import dev.cenkit.model.expressconnect.VbrStatus;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Statuses print and parse in the API's spelling, so a wire front end needs no table of its own. */
class StatusSpellingTest {

  @Test
  void cenAttachmentAndBandwidthPlanStatusesPrintInTheApisSpelling() {
    assertThat(CenStatus.ACTIVE).hasToString("Active");
    assertThat(CenStatus.CREATING.apiValue()).isEqualTo("Creating");
    assertThat(AttachmentStatus.ATTACHED).hasToString("Attached");
    assertThat(AttachmentStatus.DETACHING.apiValue()).isEqualTo("Detaching");
    assertThat(BandwidthPlanStatus.IN_USE).hasToString("InUse");
    assertThat(BandwidthPlanStatus.IDLE).hasToString("Idle");
    assertThat(BandwidthPlanBusinessStatus.FINANCIAL_LOCKED).hasToString("FinancialLocked");
    assertThat(CenRouteStatus.CANDIDATE).hasToString("Candidate");
  }

  @Test
  void everyStatusParsesBackFromItsApiSpelling() {
    roundTrip(CenStatus.values(), CenStatus::of);
    roundTrip(AttachmentStatus.values(), AttachmentStatus::of);
    roundTrip(BandwidthPlanStatus.values(), BandwidthPlanStatus::of);
    roundTrip(BandwidthPlanBusinessStatus.values(), BandwidthPlanBusinessStatus::of);
    roundTrip(CenRouteStatus.values(), CenRouteStatus::of);
    roundTrip(PhysicalConnectionStatus.values(), PhysicalConnectionStatus::of);
    roundTrip(VbrStatus.values(), VbrStatus::of);
    roundTrip(RouterInterfaceStatus.values(), RouterInterfaceStatus::of);
    assertThat(BandwidthPlanStatus.of("InUse")).isEqualTo(BandwidthPlanStatus.IN_USE);
  }

  @Test
  void aStatusOutsideTheApisSpellingIsATypedErrorNamingTheValue() {
    for (String bad : List.of("IN_USE", "inuse", "Busy")) {
      InvalidParameterException e =
          catchThrowableOfType(InvalidParameterException.class, () -> BandwidthPlanStatus.of(bad));
      assertThat(e).isNotNull();
      assertThat(e.code()).isEqualTo("InvalidParameter");
      assertThat(e.getMessage()).contains("'" + bad + "'").contains("Idle").contains("InUse");
    }
    assertThat(catchThrowableOfType(InvalidParameterException.class, () -> CenStatus.of(null)).code())
        .isEqualTo("MissingParameter");
  }

  private static <E extends Enum<E> & ApiValued> void roundTrip(E[] values, Function<String, E> parse) {
    for (E e : values) {
      assertThat(e.apiValue()).isNotBlank().isNotEqualTo(e.name());
      assertThat(e.toString()).isEqualTo(e.apiValue());
      assertThat(parse.apply(e.apiValue())).isSameAs(e);
    }
  }
}
