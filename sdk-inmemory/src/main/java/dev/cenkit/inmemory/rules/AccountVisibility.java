package dev.cenkit.inmemory.rules;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.AccountId;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.operation.Operation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a caller may name: the one check, run before every operation's handler, that keeps another account's CENs,
 * VPCs and VBRs out of reach. Every CEN, VPC or VBR id a request names must be the caller's; one of another account
 * is answered with its not-found code, as the real cloud answers for an id it does not show the caller. An id whose
 * owner the request names itself ({@code childInstanceId} with {@code childInstanceOwnerId}, {@code vpcId} with
 * {@code vpcOwnerId}, {@code cenId} with {@code cenOwnerId}…) is left to its handler, which checks it against that
 * owner (R8, E18). Ids that do not exist are left to the handler too, so its own not-found code and rule stand.
 *
 * <p>The ids a request type names are found once per type (its id-typed attributes) and cached; a cloud in which
 * only the default account owns anything skips the check.
 */
public final class AccountVisibility {
  private static final ClassValue<List<Method>> NAMED_IDS = new ClassValue<>() {
    @Override
    protected List<Method> computeValue(Class<?> type) {
      return namedIds(type);
    }
  };

  private AccountVisibility() {}

  /**
   * Rejects {@code operation} when it names a CEN, VPC or VBR of another account than {@code caller}.
   *
   * @throws dev.cenkit.error.ResourceNotFoundException the resource's not-found code
   */
  public static void check(Snapshot s, AccountId caller, Operation<?> operation) {
    if (!s.grants().severalAccounts() && caller.equals(AccountId.DEFAULT)) {
      return;
    }
    for (Method accessor : NAMED_IDS.get(operation.getClass())) {
      Object value = invoke(accessor, operation);
      if (value instanceof Optional) {
        value = ((Optional<?>) value).orElse(null);
      }
      if (value != null) {
        visible(s, caller, value);
      }
    }
  }

  private static void visible(Snapshot s, AccountId caller, Object id) {
    if (id instanceof CenId) {
      CenInstance cen = s.cen().cens().get((CenId) id);
      if (cen != null && !cen.ownerId().equals(caller)) {
        throw ErrorCode.PARAMETER_CEN_INSTANCE_ID.exception(null, notYours("CEN", id, caller), id);
      }
    } else if (id instanceof VpcId) {
      Vpc vpc = s.vpc().vpcs().get((VpcId) id);
      if (vpc != null && !vpc.ownerId().equals(caller)) {
        throw ErrorCode.INVALID_VPC_ID_NOT_FOUND.exception(null, notYours("VPC", id, caller), id);
      }
    } else if (id instanceof VbrId) {
      Vbr vbr = s.expressConnect().vbrs().get((VbrId) id);
      if (vbr != null && !vbr.ownerId().equals(caller)) {
        throw ErrorCode.INVALID_VBR_ID_NOT_FOUND.exception(null, notYours("VBR", id, caller), id);
      }
    }
  }

  private static String notYours(String kind, Object id, AccountId caller) {
    return kind + " " + id + " does not exist in account " + caller + " (it belongs to another account)";
  }

  /** The zero-argument accessors of a request type's interfaces that return a CEN, VPC, VBR or network id. */
  private static List<Method> namedIds(Class<?> type) {
    List<Method> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Class<?> i : interfaces(type)) {
      for (Method m : i.getMethods()) {
        if (m.getParameterCount() == 0 && !m.isDefault() && names.add(m.getName()) && namesAnId(m.getGenericReturnType())) {
          out.add(m);
        }
      }
    }
    Set<String> all = new HashSet<>();
    for (Class<?> i : interfaces(type)) {
      for (Method m : i.getMethods()) {
        all.add(m.getName());
      }
    }
    out.removeIf(m -> all.contains(ownerAttribute(m.getName())));
    return List.copyOf(out);
  }

  /** {@code childInstanceId} → {@code childInstanceOwnerId}, {@code vpcId} → {@code vpcOwnerId}. */
  private static String ownerAttribute(String idAttribute) {
    String stem = idAttribute.endsWith("Id") ? idAttribute.substring(0, idAttribute.length() - 2) : idAttribute;
    return stem + "OwnerId";
  }

  private static List<Class<?>> interfaces(Class<?> type) {
    List<Class<?>> out = new ArrayList<>();
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Class<?> i : c.getInterfaces()) {
        if (Operation.class.isAssignableFrom(i) && i != Operation.class) {
          out.add(i);
        }
      }
    }
    if (type.isInterface()) {
      out.add(type);
    }
    return out;
  }

  private static boolean namesAnId(Type t) {
    Type inner = t;
    if (t instanceof ParameterizedType && ((ParameterizedType) t).getRawType() == Optional.class) {
      inner = ((ParameterizedType) t).getActualTypeArguments()[0];
    }
    return inner == CenId.class || inner == VpcId.class || inner == VbrId.class || inner == NetworkInstanceId.class;
  }

  private static Object invoke(Method accessor, Object target) {
    try {
      return accessor.invoke(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
