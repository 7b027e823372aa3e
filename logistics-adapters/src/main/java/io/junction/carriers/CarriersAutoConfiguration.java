package io.junction.carriers;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * Every carrier in this module configures itself: each carrier's folder holds a {@code @Configuration}
 * (its adapter and settings) and, for the demo, one in its simulator package. Scanning the carriers'
 * package finds them, so adding a carrier adds no line outside its folder.
 */
@AutoConfiguration
@ComponentScan
public class CarriersAutoConfiguration {}
