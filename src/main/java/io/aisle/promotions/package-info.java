@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform" })
package io.aisle.promotions;
