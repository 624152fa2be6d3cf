package dev.cenkit.inmemory.state;

import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.spi.CenView;
import java.util.Objects;
import org.pcollections.PSortedMap;
import org.pcollections.TreePMap;

/** The CEN part of a {@link Snapshot}. */
public final class CenState implements CenView {
  static final CenState EMPTY = new CenState(TreePMap.empty(), TreePMap.empty());

  private final PSortedMap<CenId, CenInstance> cens;
  private final PSortedMap<String, CenAttachment> attachments;

  private CenState(PSortedMap<CenId, CenInstance> cens, PSortedMap<String, CenAttachment> attachments) {
    this.cens = cens;
    this.attachments = attachments;
  }

  @Override
  public PSortedMap<CenId, CenInstance> cens() {
    return cens;
  }

  @Override
  public PSortedMap<String, CenAttachment> attachments() {
    return attachments;
  }

  /** With the CEN added or replaced. */
  public CenState withCen(CenInstance cen) {
    return new CenState(cens.plus(cen.id(), cen), attachments);
  }

  /** Without the CEN. */
  public CenState withoutCen(CenId id) {
    return new CenState(cens.minus(id), attachments);
  }

  /** With the attachment added or replaced. */
  public CenState withAttachment(CenAttachment attachment) {
    return new CenState(cens, attachments.plus(attachment.childInstanceId().value(), attachment));
  }

  /** Without the attachment of this child instance. */
  public CenState withoutAttachment(String childInstanceId) {
    return new CenState(cens, attachments.minus(childInstanceId));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CenState
        && ((CenState) o).cens.equals(cens)
        && ((CenState) o).attachments.equals(attachments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cens, attachments);
  }
}
