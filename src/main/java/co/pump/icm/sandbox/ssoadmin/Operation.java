package co.pump.icm.sandbox.ssoadmin;

import com.fasterxml.jackson.databind.JsonNode;

import co.pump.icm.sandbox.Caller;

/** One sso-admin operation, run inside {@code synchronized (world)}. */
@FunctionalInterface
interface Operation {
    JsonNode run(Caller caller, Input input);
}
