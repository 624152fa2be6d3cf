package dev.cenkit.inmemory.reach;

import dev.cenkit.model.apigateway.ApiId;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.reach.BlockerCode;
import dev.cenkit.reach.Endpoint;
import dev.cenkit.reach.Leg;
import dev.cenkit.reach.ReachabilityMatrix;
import dev.cenkit.reach.Verdict;
import dev.cenkit.reach.VpcHost;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.apigateway.Api;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.VpcBinding;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers all pairs at once by sharing work between them. A full call's blockers come in a fixed order from
 * parts that each depend on less than the pair: the API, its group and instance (once per API), where the client
 * is (once per client), the client's way to the instance's ingress and back (once per client and instance, not
 * per API), and the gateway's way to the backend and back (once per API, for every client). Each part runs on
 * its own path and is summarised as its first blocker and whether anything but test bandwidth blocks; a cell
 * combines the summaries in the order the single question reports them, so it equals the single answer's
 * verdict and first blocker (a property in the testkit checks every cell against it).
 */
final class MatrixEngine {
  /** What one part of a question found: its first blocker (null if none) and whether it blocks beyond bandwidth. */
  private record Part(BlockerCode first, boolean beyondBandwidth) {
    static final Part CLEAR = new Part(null, false);

    static Part of(PathBuilder path) {
      BlockerCode first = path.firstBlockerCode();
      return first == null ? CLEAR : new Part(first, path.blockedBeyondBandwidth());
    }
  }

  /** Accumulates parts in order into a cell. */
  private static final class Cell {
    BlockerCode first;
    boolean beyondBandwidth;

    Cell add(Part p) {
      if (first == null) {
        first = p.first;
      }
      beyondBandwidth |= p.beyondBandwidth;
      return this;
    }

    Verdict verdict() {
      return first == null ? Verdict.REACHABLE : beyondBandwidth ? Verdict.UNREACHABLE : Verdict.TEST_BANDWIDTH_ONLY;
    }
  }

  private final Topology topology;
  private final Places places;
  private final ApiLegs apiLegs;
  private final NetworkWalker walker;

  private final TransitRouterWalk transit;
  private final HopChecks hops;
  private final com.google.common.base.Supplier<AddressPlan> plan;
  /** Per VPC of this snapshot: whether it is plain (see {@code Ingresses.plain}); kept across matrices. */
  private final Map<VpcId, Boolean> plainVpc = new java.util.concurrent.ConcurrentHashMap<>();
  /**
   * Per vSwitch of this snapshot: the class key of its clients (empty when its VPC is not plain or its block is
   * not unique), whatever their address but an ECS instance's or an ingress address; kept across matrices.
   */
  private final Map<dev.cenkit.model.vpc.VSwitchId, Optional<StandardKey>> keyOfVSwitch =
      new java.util.concurrent.ConcurrentHashMap<>();
  /** A number for each class key met, so that a matrix finds a key's row in an array; kept across matrices. */
  private final Map<StandardKey, Integer> keyNumbers = new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicInteger keyCount = new java.util.concurrent.atomic.AtomicInteger();
  /** Per VPC of this snapshot that a matrix client is in: where its ordinary hosts are; kept across matrices. */
  private final Map<VpcId, VpcHosts> vpcHosts = new java.util.concurrent.ConcurrentHashMap<>();

  MatrixEngine(Topology topology, Places places, ApiLegs apiLegs, NetworkWalker walker) {
    this.topology = topology;
    this.transit = new TransitRouterWalk(topology);
    this.hops = new HopChecks(topology);
    this.plan = com.google.common.base.Suppliers.memoize(() -> AddressPlan.of(topology.snapshot()));
    this.places = places;
    this.apiLegs = apiLegs;
    this.walker = walker;
  }

  ReachabilityMatrix<ApiId> apis(List<? extends Endpoint> clients, List<ApiId> apis, Stage stage) {
    Parts parts = new Parts();
    // Once per API: the API, group and instance; the group checks of the client leg; the backend leg. APIs with
    // the same parts on the same instance form one column class.
    int width = apis.size();
    int[] columnClass = new int[width];
    Map<List<Integer>, Integer> columnClassOf = new HashMap<>();
    List<int[]> columnParts = new ArrayList<>(); // served, group checks, backend, instance (-1: not served)
    // An instance is reached on the port of each API's protocol (SD20): one ingress per instance and port.
    Map<List<Object>, Integer> instanceIndex = new HashMap<>();
    Map<List<Object>, Integer> groupParts = new HashMap<>();
    Map<List<Object>, Integer> backendParts = new HashMap<>();
    List<ApiLegs.Served> instances = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      PathBuilder p = PathBuilder.verdictOnly();
      Optional<ApiLegs.Served> s = apiLegs.served(apis.get(c), p);
      int served = parts.id(Part.of(p));
      int group = -1;
      int backend = -1;
      int instance = -1;
      if (s.isPresent()) {
        Api api = s.get().api();
        boolean deployed = api.deployedStages().contains(stage);
        // The group checks read the group's VPC domain and the deployment; the backend leg reads the deployment,
        // the backend, the API's region (where its authorization is looked up) and the instance, nothing else. An
        // API not deployed to the stage is blocked first by that (R61), before its backend is looked at, and that
        // blocker is beyond bandwidth: the part is the same whatever the backend.
        group = groupParts.computeIfAbsent(List.of(s.get().group().vpcDomainEnabled(), deployed), k -> {
          PathBuilder g = PathBuilder.verdictOnly();
          apiLegs.groupChecks(g, api, s.get().group(), stage);
          return parts.id(Part.of(g));
        });
        List<Object> backendKey = !deployed ? List.of(BlockerCode.API_NOT_DEPLOYED) : backendKey(api, s.get().instance());
        backend = backendParts.computeIfAbsent(backendKey, k -> {
          PathBuilder b = PathBuilder.verdictOnly();
          apiLegs.apiToBackend(b, api, s.get().group(), s.get().instance(), stage);
          return parts.id(Part.of(b));
        });
        ApiLegs.Served first = s.get();
        instance = instanceIndex.computeIfAbsent(List.of(first.instance().id(), ApiLegs.clientPort(first.api())), id -> {
          instances.add(first);
          return instances.size() - 1;
        });
      }
      int[] key = {served, group, backend, instance};
      columnClass[c] = columnClassOf.computeIfAbsent(List.of(served, group, backend, instance), k -> {
        columnParts.add(key);
        return columnParts.size() - 1;
      });
    }
    Ingresses ingresses = new Ingresses(instances, parts);
    // Once per client: where it is and its class; once per client class and instance: its way to the ingress and back.
    int[] rowClass = new int[clients.size()];
    Map<Endpoint, Integer> rowClassOfClient = new HashMap<>();
    // A VPC host at an ordinary address of a VPC no instance is bound to has the row of its class key, when no
    // instance is walked per client: one row per key, found by the key's number.
    boolean byKey = ingresses.unclassable.isEmpty();
    int[] rowClassOfKey = new int[0];
    Map<RowKey, Integer> rowClassOf = new HashMap<>();
    Map<int[], Integer> rowClassOfVector = new java.util.IdentityHashMap<>();
    List<int[]> rowParts = new ArrayList<>(); // located, then one ingress per instance (none when not located)
    for (int r = 0; r < clients.size(); r++) {
      Endpoint client = clients.get(r);
      int keyId = byKey && client instanceof VpcHost ? ordinaryKey((VpcHost) client) : -1;
      if (keyId >= 0 && keyId < rowClassOfKey.length && rowClassOfKey[keyId] > 0) {
        rowClass[r] = rowClassOfKey[keyId] - 1;
        continue;
      }
      Integer known = rowClassOfClient.get(client);
      if (known == null) {
        int[] vector = ingresses.row(client);
        boolean ofItsClass = ingresses.lastRowIsItsClass;
        known = rowClassOfVector.get(vector);
        if (known == null) {
          known = rowClassOf.computeIfAbsent(new RowKey(vector), k -> {
            rowParts.add(vector);
            return rowParts.size() - 1;
          });
          rowClassOfVector.put(vector, known);
        }
        rowClassOfClient.put(client, known);
        if (keyId >= 0 && ofItsClass) {
          if (keyId >= rowClassOfKey.length) {
            rowClassOfKey = Arrays.copyOf(rowClassOfKey, Math.max(keyId + 1, 2 * rowClassOfKey.length));
          }
          rowClassOfKey[keyId] = known + 1; // 0: none yet
        }
      }
      rowClass[r] = known;
    }
    ReachabilityMatrix.ClassBuilder<ApiId> m =
        ReachabilityMatrix.classBuilder(clients, apis, topology.snapshot().version(), rowClass, columnClass);
    for (int rk = 0; rk < rowParts.size(); rk++) {
      int[] row = rowParts.get(rk);
      Part located = parts.part(row[0]);
      boolean placed = row.length > 1;
      for (int ck = 0; ck < columnParts.size(); ck++) {
        int[] col = columnParts.get(ck);
        Cell cell = new Cell();
        if (col[3] < 0) {
          cell.add(parts.part(col[0]));
        } else {
          cell.add(located);
          if (placed) {
            cell.add(parts.part(col[1])).add(parts.part(row[1 + col[3]]));
          }
          cell.add(parts.part(col[2]));
        }
        m.set(rk, ck, cell.verdict(), cell.first);
      }
    }
    return m.build();
  }

  /**
   * What the backend leg of a deployed API reads: for a VPC access backend the instance and the authorization's
   * VPC, target and port (or, when the API's region has no authorization of its name, that name), nothing of the
   * path or method; an Internet
   * backend reads nothing that can block; any other backend, the backend itself with the instance and region.
   */
  private List<Object> backendKey(Api api, ApiGatewayInstance instance) {
    if (api.backend() instanceof dev.cenkit.model.apigateway.VpcAccessBackend) {
      String name = ((dev.cenkit.model.apigateway.VpcAccessBackend) api.backend()).vpcAccessName();
      // Past the lookup of the authorization, the leg reads its VPC, target and port, not its name.
      return topology.snapshot().apiGateway().vpcAccessNamed(api.region(), name)
          .<List<Object>>map(a -> List.of(instance.id(), a.vpcId(), a.instanceId(), a.port()))
          .orElse(List.of(instance.id(), api.region(), name));
    }
    if (api.backend() instanceof dev.cenkit.model.apigateway.HttpBackend) {
      return List.of(dev.cenkit.model.apigateway.HttpBackend.class);
    }
    return List.of(instance.id(), api.region(), api.backend());
  }

  /**
   * The number of {@code host}'s class key if it is at an ordinary address of a VPC that no instance is bound to:
   * inside one of its vSwitches (the one {@link Places#locate} finds), and neither an ECS instance's address nor an
   * instance's ingress address. Such a host is located with nothing to report and has its vSwitch's class key
   * ({@link Ingresses#standardKey}); with no instance bound to its VPC, its row is its key's whenever a row is of
   * its class ({@link Ingresses#lastRowIsItsClass}). -1 otherwise (the host is then placed by {@link Places#locate}).
   */
  private int ordinaryKey(VpcHost host) {
    VpcHosts hosts = hostsOf(host.vpcId());
    if (hosts.instanceBound) {
      return -1;
    }
    int i = topology.vSwitchIndexContaining(host.vpcId(), host.address());
    return i < 0 || hosts.exception(host.address().toLong()) ? -1 : hosts.keys[i];
  }

  /** Where the hosts of {@code vpc} are, worked out once per VPC and snapshot. */
  private VpcHosts hostsOf(VpcId vpc) {
    VpcHosts known = vpcHosts.get(vpc);
    if (known == null) {
      known = hostsOfNew(vpc);
      vpcHosts.putIfAbsent(vpc, known);
    }
    return known;
  }

  private VpcHosts hostsOfNew(VpcId vpc) {
    Optional<Vpc> v = topology.vpc(vpc);
    if (v.isEmpty()) {
      return VpcHosts.NONE;
    }
    VSwitch[] vSwitches = topology.vSwitchesOf(vpc);
    int[] keys = new int[vSwitches.length];
    List<Long> exceptions = new ArrayList<>();
    for (int i = 0; i < vSwitches.length; i++) {
      for (long a : plan().ingressesIn(vSwitches[i].cidrBlock())) {
        exceptions.add(a);
      }
      keys[i] = keyOfVSwitch(v.get(), vSwitches[i]).map(k -> Topology.cached(keyNumbers, k, x -> keyCount.getAndIncrement())).orElse(-1);
    }
    for (dev.cenkit.model.ecs.EcsInstanceId id : topology.snapshot().ecs().instancesOf(vpc)) {
      topology.snapshot().ecs().instance(id).ifPresent(e -> exceptions.add(e.privateIp().toLong()));
    }
    return new VpcHosts(keys, exceptions.stream().mapToLong(Long::longValue).sorted().toArray(),
        !topology.snapshot().apiGateway().instancesBoundTo(vpc).isEmpty());
  }

  /**
   * What the matrix knows of a VPC's hosts: the number of each vSwitch's class key (-1 for none), in the order of
   * {@link Topology#vSwitchesOf}; the addresses where a host is not like the rest of its vSwitch, an ECS instance's
   * (it is located as that instance, whose groups filter it) and an instance's ingress address (never classed);
   * and whether an instance is bound to the VPC (its hosts are walked alone towards it).
   */
  private static final class VpcHosts {
    /** For a VPC that does not exist: no host of it is ordinary. */
    static final VpcHosts NONE = new VpcHosts(new int[0], new long[0], true);

    private final int[] keys;
    private final long[] exceptions;
    private final boolean instanceBound;

    VpcHosts(int[] keys, long[] exceptions, boolean instanceBound) {
      this.keys = keys;
      this.exceptions = exceptions;
      this.instanceBound = instanceBound;
    }

    /** Whether {@code address} is an ECS instance's or an instance's ingress address. */
    boolean exception(long address) {
      return exceptions.length > 0 && Arrays.binarySearch(exceptions, address) >= 0;
    }
  }

  /** Parts by number, each distinct part once, so that rows and columns compare as arrays of numbers. */
  private static final class Parts {
    private final Map<Part, Integer> ids = new HashMap<>();
    private final List<Part> parts = new ArrayList<>();

    int id(Part p) {
      return ids.computeIfAbsent(p, k -> {
        parts.add(k);
        return parts.size() - 1;
      });
    }

    Part part(int id) {
      return parts.get(id);
    }
  }

  /** A row's parts as a key. */
  private record RowKey(int[] parts) {
    @Override
    public boolean equals(Object o) {
      return o instanceof RowKey && Arrays.equals(parts, ((RowKey) o).parts);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(parts);
    }
  }

  /**
   * What a client in a VPC is to every ingress walk, when its address is one only its VPC's own routes single out
   * ({@link AddressPlan#uniqueBlock}) and its VPC has no routes of its own beyond its vSwitch blocks: its CEN, its
   * region and the prefixes containing its vSwitch block. Every route lookup of a walk between such a client and
   * an ingress elsewhere matches the same prefixes for all clients of one key, and the walk's only other use of
   * the client's VPC is its CEN and region, so the walk has the same blockers for all of them.
   */
  private record StandardKey(Optional<CenId> cen, RegionId region, List<Cidr> containing) {}

  /** The ingress walks of one matrix: per client class and instance once, per client only where a class may not stand for it. */
  private final class Ingresses {
    private final List<ApiLegs.Served> instances;
    private final Parts parts;
    /** Per instance: the bound VPC and its ingress, if the instance is dedicated and bound to an existing vSwitch. */
    private final Place.InVpc[] bound;
    /** Per instance: whether a class may stand for its clients at all (not for a router-connected bound VPC or an ECS instance at the ingress). */
    private final boolean[] classable;
    /**
     * Per instance: whether its ingress part is the same for every located client: a dedicated instance bound to
     * nothing (or to a VPC that no longer exists) is blocked first by that (R51) whoever asks, and one bound to a
     * vSwitch that no longer exists has no way to check; the part of the first client asking is kept here.
     */
    private final int[] independent;
    /** Per instance: the CEN of the bound VPC, and the CENs that hold a route containing the ingress address. */
    private final List<Optional<CenId>> boundCen = new ArrayList<>();
    private final List<Set<CenId>> routingCens = new ArrayList<>();
    /** Per instance: the walk of a client whose CEN neither is the bound VPC's nor routes the ingress (by whether it has a CEN). */
    private final int[][] foreign;
    private final Map<Object, int[]> byClass = new HashMap<>();
    /** Per data center: its part towards an ingress it has no route for. */
    private final Map<dev.cenkit.model.expressconnect.DataCenterId, Integer> unroutedPart = new HashMap<>();
    /** Per shared instance: the part of a class client outside its region and inside it. */
    private final int[][] sharedPart;
    /**
     * Per instance and client region: the walk of a client of the bound VPC's CEN; for an instance whose bound side
     * is standard ({@link #standardBound}), per CEN and whether the two regions are one or have bandwidth between them.
     */
    private final Map<List<Object>, Integer> sameCenPart = new HashMap<>();
    /**
     * Per instance: whether its bound VPC is plain, its ingress address is inside its vSwitch's block, that block is
     * one only the VPC's routes single out, and the block is outside 100.64.0.0/10 (so advertised, R26). Then a
     * same-CEN client's walk reads nothing of the bound side but its CEN and region: the client's lookup of the ingress address finds the ingress block (the
     * longest CEN route containing it, active since no other network has it, R28), the bound VPC delivers it to
     * its own vSwitch, and its lookup of the client's address finds the client's block alone (no custom route, no
     * vSwitch block, no published route of its own contains it). What the walk reads of the two regions is the
     * CEN hop between them: one region (R9), or two with or without allocated bandwidth (R19; R12, or D8 for a region
     * of no known area, are the same test-bandwidth blocker). Instances bound to such VPCs in one CEN share their
     * same-CEN walks by that alone.
     */
    private final boolean[] standardBound;
    /** The CENs that any instance's ingress walk tells apart from others: bound VPCs' CENs and CENs routing an ingress. */
    private final Set<CenId> relevantCens = new HashSet<>();
    /**
     * The rows of classed clients whose CEN is no relevant CEN, by whether they have a CEN and by region: towards
     * every bound instance they are foreign, towards a shared instance their region decides (R50), and the rest is
     * the same for all (unclassable instances are walked per client anyway). Also the rows of classed clients outside
     * 100.64.0.0/10 whose CEN routes no instance's ingress but as the CEN of its bound VPC, by CEN and region: towards
     * each bound instance they are foreign or of its CEN (a walk per region), so nothing else of them is read.
     */
    private final Map<List<Object>, int[]> irrelevant = new HashMap<>();
    /**
     * The CENs that hold a route containing some instance's ingress address other than the CEN of that instance's
     * bound VPC: a client of such a CEN is walked towards that instance by its own class key.
     */
    private final Set<CenId> routingOthers = new HashSet<>();
    /** Per instance: the part of a data-center client towards a shared instance (R50 blocks whatever the data center). */
    private final int[] dataCenterShared;
    /** The instances no class stands for. */
    private final List<Integer> unclassable = new ArrayList<>();
    /** The instances bound to each VPC: its own clients are walked alone. */
    private final Map<VpcId, List<Integer>> boundIn = new HashMap<>();

    Ingresses(List<ApiLegs.Served> instances, Parts parts) {
      this.instances = instances;
      this.parts = parts;
      int n = instances.size();
      this.bound = new Place.InVpc[n];
      this.classable = new boolean[n];
      this.foreign = new int[n][];
      this.independent = new int[n];
      this.sharedPart = new int[n][];
      this.standardBound = new boolean[n];
      this.dataCenterShared = new int[n];
      Arrays.fill(dataCenterShared, -1);
      for (int i = 0; i < n; i++) {
        ApiGatewayInstance instance = instances.get(i).instance();
        classable[i] = true;
        Optional<VpcBinding> binding = instance.vpcBinding();
        independent[i] = instance.isDedicated()
            && (binding.isEmpty() || topology.vpc(binding.get().vpcId()).isEmpty()
                || !topology.snapshot().vpc().vSwitches().containsKey(binding.get().vSwitchId())) ? -1 : -2;
        Optional<CenId> cen = Optional.empty();
        Set<CenId> routing = new HashSet<>();
        if (instance.isDedicated() && instance.vpcBinding().isPresent()) {
          VpcBinding b = instance.vpcBinding().get();
          Optional<Vpc> vpc = topology.vpc(b.vpcId());
          VSwitch vsw = topology.snapshot().vpc().vSwitches().get(b.vSwitchId());
          if (vpc.isPresent() && vsw != null) {
            bound[i] = new Place.InVpc(vpc.get(), vsw, b.ingressAddress());
            classable[i] = !transit.connected(vpc.get().id())
                && topology.snapshot().ecs().instanceAt(vpc.get().id(), b.ingressAddress()).isEmpty();
            cen = topology.attachment(vpc.get().id()).map(CenAttachment::cenId);
            for (NetworkInstanceId advertiser : plan().advertisersContaining(b.ingressAddress())) {
              topology.attachment(advertiser).ifPresent(a -> routing.add(a.cenId()));
            }
          }
        }
        boundCen.add(cen);
        routingCens.add(routing);
        cen.ifPresent(relevantCens::add);
        relevantCens.addAll(routing);
        for (CenId c : routing) {
          if (!cen.equals(Optional.of(c))) {
            routingOthers.add(c);
          }
        }
        if (bound[i] != null && classable[i]) {
          Cidr block = bound[i].vSwitch().cidrBlock();
          VpcId vpc = bound[i].vpc().id();
          standardBound[i] = block.contains(bound[i].address()) && !Cidr.CLOUD_SERVICES.overlaps(block)
              && plan().uniqueBlock(vpc, block).isPresent()
              && Topology.cached(plainVpc, vpc, MatrixEngine.this::plain);
        }
        foreign[i] = new int[] {-1, -1};
        sharedPart[i] = new int[] {-1, -1};
        if (!classable[i]) {
          unclassable.add(i);
        }
        if (bound[i] != null) {
          boundIn.computeIfAbsent(bound[i].vpc().id(), v -> new ArrayList<>()).add(i);
        }
      }
    }

    /**
     * Whether the row {@link #row} answered last is its client's class's: the client has a class key, is in no
     * instance's bound VPC and no instance is walked per client, so every client of its key has that very row.
     */
    boolean lastRowIsItsClass;

    /** The located part of {@code client}, then its ingress part for every instance (none if it is not located). */
    int[] row(Endpoint client) {
      lastRowIsItsClass = false;
      PathBuilder p = PathBuilder.verdictOnly();
      Optional<Place> place = places.locate(client, p);
      int located = parts.id(Part.of(p));
      if (place.isEmpty()) {
        return new int[] {located};
      }
      Place at = place.get();
      Optional<StandardKey> key = standardKey(at);
      int[] shared = key.isPresent() ? byClass.get(key.get()) : null;
      List<Integer> alone = key.isPresent() ? boundIn.getOrDefault(((Place.InVpc) at).vpc().id(), List.of()) : List.of();
      List<Object> irrelevantKey = null;
      if (shared == null && key.isPresent() && alone.isEmpty()
          && (key.get().cen().isEmpty() || !relevantCens.contains(key.get().cen().get()))) {
        irrelevantKey = List.of(key.get().cen().isPresent(), key.get().region());
      } else if (shared == null && key.isPresent() && alone.isEmpty() && !routingOthers.contains(key.get().cen().get())
          && !key.get().containing().contains(Cidr.CLOUD_SERVICES)) {
        // Towards every bound instance such a client is foreign or of the bound VPC's CEN (walked per region), towards
        // a shared one its region decides: the row depends on its CEN and region alone.
        irrelevantKey = List.of(key.get().cen().get(), key.get().region());
      }
      if (irrelevantKey != null) {
        shared = irrelevant.get(irrelevantKey);
        if (shared != null) {
          byClass.put(key.get(), shared);
        }
      }
      if (shared == null) {
        shared = new int[1 + instances.size()];
        shared[0] = located;
        for (int i = 0; i < instances.size(); i++) {
          // A client inside an instance's bound VPC stands for nobody else towards that instance (walked below).
          shared[1 + i] = !classable[i] || alone.contains(i) ? -1
              : independent[i] != -2 ? independent(at, i)
              : at instanceof Place.InDataCenter && !instances.get(i).instance().isDedicated() ? dataCenterShared(at, i)
              : key.isPresent() && !instances.get(i).instance().isDedicated() ? sharedInstance(at, key.get(), i)
              : key.isPresent() && isForeign(key.get(), i) ? foreign(at, key.get(), i)
              : key.isPresent() && sameCen(key.get(), i) ? sameCen(at, key.get(), i)
              : at instanceof Place.InDataCenter && bound[i] != null
                  && hops.dataCenterRoute(((Place.InDataCenter) at).dataCenter(), bound[i].address()).isEmpty()
                  ? unrouted((Place.InDataCenter) at, i)
              : walk(at, i);
        }
        if (key.isPresent() && alone.isEmpty()) {
          byClass.put(key.get(), shared);
        }
        if (irrelevantKey != null) {
          irrelevant.put(irrelevantKey, shared);
        }
      }
      int[] own = null;
      for (List<Integer> each : List.of(unclassable, alone)) {
        for (int i : each) {
          if (key.isPresent()) {
            own = own == null ? shared.clone() : own;
            own[1 + i] = walk(at, i);
          } else {
            shared[1 + i] = walk(at, i);
          }
        }
      }
      lastRowIsItsClass = own == null && key.isPresent();
      return own == null ? shared : own;
    }

    private boolean isForeign(StandardKey key, int i) {
      if (bound[i] == null) {
        return false;
      }
      Optional<CenId> cen = key.cen();
      return !(cen.isPresent() && cen.equals(boundCen.get(i))) && (cen.isEmpty() || !routingCens.get(i).contains(cen.get()));
    }

    /**
     * Whether a client of {@code key} shares the CEN of instance {@code i}'s bound VPC, and its block is advertised
     * into it (not inside 100.64.0.0/10, R26). Then the only lookups of the client's address (on the way back, from
     * the bound VPC) find the client's own block: the longest CEN route containing it, since no prefix lies inside
     * a unique block and no other network has it, and no route of the bound VPC shadows it (a shadowing custom route
     * would lead to a router interface, N4, which no CEN member has, R7). So the walk depends on the client's
     * region alone.
     */
    private boolean sameCen(StandardKey key, int i) {
      return bound[i] != null && key.cen().isPresent() && key.cen().equals(boundCen.get(i))
          && !key.containing().contains(Cidr.CLOUD_SERVICES);
    }

    private int sameCen(Place at, StandardKey key, int i) {
      List<Object> k;
      if (standardBound[i]) {
        // The walk crosses from the client's region to the bound VPC's and back: what it reads of the two regions is
        // whether they are one (R9) or else whether the CEN allocates bandwidth between them (R19; R12 or D8 if not).
        CenId cen = boundCen.get(i).orElseThrow();
        RegionId there = bound[i].vpc().region();
        k = List.of(cen, key.region().equals(there) ? "same region"
            : CenBandwidth.allocated(topology.snapshot(), cen, key.region(), there).isPresent());
      } else {
        k = List.of(i, key.region());
      }
      return sameCenPart.computeIfAbsent(k, x -> walk(at, i));
    }

    private int foreign(Place at, StandardKey key, int i) {
      int slot = key.cen().isPresent() ? 1 : 0;
      if (foreign[i][slot] < 0) {
        foreign[i][slot] = walk(at, i);
      }
      return foreign[i][slot];
    }

    /**
     * A shared instance's part for a client of a class: the client's region is the instance's or not (R50), and a
     * client of a class is no ECS instance, so no group filters its egress.
     */
    private int sharedInstance(Place at, StandardKey key, int i) {
      int slot = key.region().equals(instances.get(i).instance().region()) ? 1 : 0;
      if (sharedPart[i][slot] < 0) {
        sharedPart[i][slot] = walk(at, i);
      }
      return sharedPart[i][slot];
    }

    /**
     * The part of a data-center client towards an ingress its data center has no route for: the walk there fails
     * at the data center's first hop, and what blocks first is the data center's own (no VBR, a circuit not
     * enabled, or the missing route, R43, D10), the same for every such ingress of an instance whose bound VPC has
     * no transit-router connection.
     */
    private int unrouted(Place.InDataCenter at, int i) {
      Integer known = unroutedPart.get(at.dataCenter().id());
      if (known == null) {
        known = walk(at, i);
        unroutedPart.put(at.dataCenter().id(), known);
      }
      return known;
    }

    private int dataCenterShared(Place at, int i) {
      if (dataCenterShared[i] < 0) {
        dataCenterShared[i] = walk(at, i);
      }
      return dataCenterShared[i];
    }

        private int independent(Place at, int i) {
      if (independent[i] < 0) {
        independent[i] = walk(at, i);
      }
      return independent[i];
    }

    private int walk(Place at, int i) {
      PathBuilder q = PathBuilder.verdictOnly();
      apiLegs.ingress(q, at, instances.get(i).instance(), ApiLegs.clientPort(instances.get(i).api()));
      return parts.id(Part.of(q));
    }

    private Optional<StandardKey> standardKey(Place at) {
      if (!(at instanceof Place.InVpc)) {
        return Optional.empty();
      }
      Place.InVpc in = (Place.InVpc) at;
      VpcId vpc = in.vpc().id();
      if (hostsOf(vpc).exception(in.address().toLong())) {
        return Optional.empty();
      }
      return keyOfVSwitch(in.vpc(), in.vSwitch());
    }

  }

  /** The class key of the clients in {@code vSwitch} of {@code vpc} at any address but an ECS instance's or an ingress address. */
  private Optional<StandardKey> keyOfVSwitch(Vpc vpc, VSwitch vSwitch) {
    return Topology.cached(keyOfVSwitch, vSwitch.id(), v -> !Topology.cached(plainVpc, vpc.id(), this::plain)
        ? Optional.empty()
        : plan().uniqueBlock(vpc.id(), vSwitch.cidrBlock()).map(containing ->
            new StandardKey(topology.attachment(vpc.id()).map(CenAttachment::cenId), vpc.region(), containing)));
  }

  /** No custom routes, router interfaces or transit-router connections, and every vSwitch block its own alone. */
  private boolean plain(VpcId vpc) {
    if (!topology.snapshot().vpc().routeEntryMapOfVpc(vpc).isEmpty() || transit.connected(vpc)
        || topology.snapshot().expressConnect().usesRouterInterfaces(vpc)) {
      return false;
    }
    for (VSwitch v : topology.snapshot().vpc().vSwitchMapOf(vpc).values()) {
      if (plan().uniqueBlock(vpc, v.cidrBlock()).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private AddressPlan plan() {
    return plan.get();
  }

  ReachabilityMatrix<Endpoint> network(List<? extends Endpoint> sources, List<? extends Endpoint> destinations, int port) {
    ReachabilityMatrix.Builder<Endpoint> m = ReachabilityMatrix.builder(sources, destinations, topology.snapshot().version());
    Place[] to = new Place[destinations.size()];
    Part[] locatedTo = new Part[destinations.size()];
    SecurityGroupChecks securityGroups = new SecurityGroupChecks(topology.snapshot().ecs());
    for (int c = 0; c < destinations.size(); c++) {
      PathBuilder p = PathBuilder.verdictOnly();
      to[c] = places.locate(destinations.get(c), p).orElse(null);
      locatedTo[c] = Part.of(p);
    }
    for (int r = 0; r < sources.size(); r++) {
      PathBuilder p = PathBuilder.verdictOnly();
      Place from = places.locate(sources.get(r), p).orElse(null);
      Part locatedFrom = Part.of(p);
      for (int c = 0; c < destinations.size(); c++) {
        Cell cell = new Cell().add(locatedFrom).add(locatedTo[c]);
        if (from != null && to[c] != null) {
          PathBuilder w = PathBuilder.verdictOnly();
          w.on(Leg.NETWORK, dev.cenkit.reach.Direction.FORWARD);
          walker.walk(w, from, to[c]);
          w.on(Leg.NETWORK, dev.cenkit.reach.Direction.RETURN);
          walker.walk(w, to[c], from);
          securityGroups.flow(w, Leg.NETWORK, from, to[c], dev.cenkit.reach.Protocol.TCP, port);
          cell.add(Part.of(w));
        }
        m.set(r, c, cell.verdict(), cell.first);
      }
    }
    return m.build();
  }
}
