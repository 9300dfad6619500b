/**
 * Who may do what: the business groups, the sign-in for people and machines, and what the {@code prod} profile
 * insists on. The engine adapter keeps the engine's identity store and webapps in line with it.
 */
@NamedInterface("security")
package com.businessbuilder.system.security;

import org.springframework.modulith.NamedInterface;
