package dev.cenkit.inmemory.apigateway;

import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;

import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.apigateway.ApiBackend;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.ApiGatewayInstanceId;
import dev.cenkit.model.apigateway.ApiGatewayInstanceType;
import dev.cenkit.model.apigateway.ApiGroup;
import dev.cenkit.model.apigateway.DedicatedInstanceType;
import dev.cenkit.model.apigateway.FunctionComputeBackend;
import dev.cenkit.model.apigateway.HttpMethod;
import dev.cenkit.model.apigateway.MockBackend;
import dev.cenkit.model.apigateway.Api;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;

/** A small cloud for the API Gateway rule tests: VPC-1 in Hangzhou with two vSwitches, VPC-3 in Beijing. */
class ApiGatewayFixture {
  final InMemoryCloud cloud;
  final Vpc vpc1;
  final VSwitch vsw1a;
  final VSwitch vsw1b;
  final Vpc vpc3;
  final VSwitch vsw3;

  ApiGatewayFixture() {
    this(InMemoryCloud.create());
  }

  ApiGatewayFixture(InMemoryCloud cloud) {
    this.cloud = cloud;
    vpc1 = cloud.createVpc(b -> b.region(CN_HANGZHOU).cidrBlock(Cidr.of("172.16.0.0/16")).vpcName("VPC-1"));
    vsw1a = cloud.createVSwitch(b -> b.vpcId(vpc1.id()).zoneId("cn-hangzhou-h").cidrBlock(Cidr.of("172.16.1.0/24")));
    vsw1b = cloud.createVSwitch(b -> b.vpcId(vpc1.id()).zoneId("cn-hangzhou-i").cidrBlock(Cidr.of("172.16.2.0/24")));
    vpc3 = cloud.createVpc(b -> b.region(CN_BEIJING).cidrBlock(Cidr.of("10.3.0.0/16")).vpcName("VPC-3"));
    vsw3 = cloud.createVSwitch(b -> b.vpcId(vpc3.id()).zoneId("cn-beijing-a").cidrBlock(Cidr.of("10.3.1.0/24")));
  }

  ApiGatewayInstance dedicated(RegionId region) {
    return cloud.createInstance(
        b ->
            b.region(region)
                .instanceType(ApiGatewayInstanceType.VPC_DEDICATED)
                .dedicatedInstanceType(DedicatedInstanceType.NORMAL)
                .instanceSpec("api.s1.small")
                .httpsPolicy("HTTPS2_TLS1_2")
                .chargeType("PostPaid")
                .zoneId(region.id() + "-h"));
  }

  ApiGatewayInstance dedicated() {
    return dedicated(CN_HANGZHOU);
  }

  /** The shared instance the region already has (R49). */
  ApiGatewayInstance shared(RegionId region) {
    return cloud.describeInstance(ApiGatewayInstanceId.shared(region)).orElseThrow();
  }

  ApiGatewayInstance vpcConnect(String instanceCidr) {
    return cloud.createInstance(
        b ->
            b.region(CN_HANGZHOU)
                .instanceType(ApiGatewayInstanceType.VPC_DEDICATED)
                .dedicatedInstanceType(DedicatedInstanceType.VPC_CONNECT)
                .instanceSpec("api.s1.small")
                .httpsPolicy("HTTPS2_TLS1_2")
                .chargeType("PostPaid")
                .userVpcId(vpc1.id())
                .instanceCidr(Cidr.of(instanceCidr))
                .addZoneVSwitchIds(vsw1a.id(), vsw1b.id()));
  }

  ApiGroup group(ApiGatewayInstance instance, String name) {
    return cloud.createApiGroup(b -> b.instanceId(instance.id()).groupName(name));
  }

  Api api(ApiGroup group, String name, String path, ApiBackend backend) {
    return cloud.createApi(
        b -> b.groupId(group.id()).apiName(name).requestHttpMethod(HttpMethod.GET).requestPath(path).backend(backend));
  }

  static MockBackend mock() {
    return MockBackend.builder().mockResult("{\"ok\":true}").build();
  }

  static FunctionComputeBackend fc(RegionId region, String functionName) {
    return FunctionComputeBackend.builder()
        .fcRegion(region)
        .functionName(functionName)
        .roleArn("acs:ram::1234567890:role/aliyunserviceroleforapig")
        .build();
  }
}
