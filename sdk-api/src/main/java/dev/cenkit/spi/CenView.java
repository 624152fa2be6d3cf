package dev.cenkit.spi;

import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenInstance;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The CEN part of a {@link CloudSnapshot}: unmodifiable maps ordered by id. */
public interface CenView {
  /** Every CEN instance by id. */
  Map<CenId, CenInstance> cens();

  /** Every attachment, keyed by the child instance's id string (an instance is in at most one CEN, R6). */
  Map<String, CenAttachment> attachments();

  /** The CEN with this id, if it exists. */
  default Optional<CenInstance> cen(CenId id) {
    return Optional.ofNullable(cens().get(id));
  }

  /** The attachment of a network instance, if it is attached to a CEN. */
  default Optional<CenAttachment> attachmentOf(NetworkInstanceId child) {
    return Optional.ofNullable(attachments().get(child.value()));
  }

  /** The attachments of one CEN, in attach order. */
  default List<CenAttachment> attachmentsOf(CenId cenId) {
    return attachments().values().stream()
        .filter(a -> a.cenId().equals(cenId))
        .sorted(java.util.Comparator.comparingLong(CenAttachment::attachOrder))
        .collect(Collectors.toUnmodifiableList());
  }
}
