package dev.cenkit.spi;

import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.spi.cen.AttachCenChildInstanceRequest;
import dev.cenkit.spi.cen.CreateCenRequest;
import java.util.List;
import java.util.function.Consumer;

/** The CEN actions ({@code Cbn} 2017-09-12): instances, attachments, bandwidth plans and limits. */
public interface CenService extends OperationExecutor {
  /** {@code CreateCen}. */
  default CenInstance createCen(CreateCenRequest request) {
    return execute(request);
  }

  /** {@code CreateCen}, with the request built in place. */
  default CenInstance createCen(Consumer<CreateCenRequest.Builder> request) {
    CreateCenRequest.Builder builder = CreateCenRequest.builder();
    request.accept(builder);
    return createCen(builder.build());
  }

  /** {@code AttachCenChildInstance}. */
  default CenAttachment attachCenChildInstance(AttachCenChildInstanceRequest request) {
    return execute(request);
  }

  /** {@code AttachCenChildInstance}, with the request built in place. */
  default CenAttachment attachCenChildInstance(Consumer<AttachCenChildInstanceRequest.Builder> request) {
    AttachCenChildInstanceRequest.Builder builder = AttachCenChildInstanceRequest.builder();
    request.accept(builder);
    return attachCenChildInstance(builder.build());
  }

  /** {@code DescribeCens}: every CEN instance, ordered by id. */
  default List<CenInstance> describeCens() {
    return List.copyOf(snapshot().cen().cens().values());
  }
}
