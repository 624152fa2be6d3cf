package com.example.consumer;

import static dev.cenkit.dsl.Cenkit.cen;
import static dev.cenkit.dsl.Cenkit.vpc;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;

import dev.cenkit.dsl.CenSpec;
import dev.cenkit.dsl.VpcSpec;

/** The user's own code: the network of a small shop, two VPCs in Hangzhou joined by one CEN. */
public final class ShopNetwork {
  /** The shop's front end. */
  public final VpcSpec shop = vpc(CN_HANGZHOU).named("shop").cidr("172.16.0.0/16")
      .vSwitch("cn-hangzhou-h", "172.16.1.0/24");
  /** The billing back end. */
  public final VpcSpec billing = vpc(CN_HANGZHOU).named("billing").cidr("10.2.0.0/16")
      .vSwitch("cn-hangzhou-h", "10.2.1.0/24");

  /** A CEN with both VPCs attached. */
  public CenSpec mesh() {
    return cen().named("mesh").attachNew(shop).attachNew(billing);
  }

  /** A CEN with the shop only: billing stays outside. */
  public CenSpec shopOnly() {
    return cen().named("mesh").attachNew(shop);
  }
}
