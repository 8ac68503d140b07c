/**
 * The local AWS emulator: {@link co.pump.icm.sandbox.Sandbox} starts an HTTP server on 127.0.0.1
 * that speaks exactly the AWS APIs the product calls, over the in-memory state of
 * {@link co.pump.icm.sandbox.state}, so the production AWS SDK code path is what runs in demo mode,
 * in tests and in benchmarks.
 *
 * <p>Requests are routed by protocol (AWS JSON 1.1 by {@code X-Amz-Target} to a
 * {@link co.pump.icm.sandbox.JsonService}; awsQuery form bodies to the STS
 * {@link co.pump.icm.sandbox.QueryService}; anything else to a
 * {@link co.pump.icm.sandbox.RestService}), signed requests are checked with SigV4 against the
 * world's access keys, faults can be injected ({@link co.pump.icm.sandbox.FaultOptions}), and
 * every call is recorded ({@link co.pump.icm.sandbox.CallLog}). Services are registered in one
 * place, {@code SandboxServices.create}.
 */
package co.pump.icm.sandbox;
