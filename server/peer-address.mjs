// Loaded before Next.js starts (`node --import ./server/peer-address.mjs …`; npm start, the Docker
// image and every test server do so): writes the address of the connection's other end, as the
// operating system reports it, into the request header x-tumar-peer-address, replacing anything a
// client sent under that name. Next.js gives the App Router no socket, and the X-Forwarded-For it
// passes on is the client's own header when one was sent (it only fills it in when absent), so
// without this the sign-in throttle could only key on what the client claims.
// lib/http/client-address.ts reads the header; instrumentation.ts refuses to start without this
// module. See docs/decisions/0011-client-address-from-the-connection.md.
import http from "node:http";
import https from "node:https";

const HEADER = "x-tumar-peer-address";
const REQUEST_EVENTS = new Set(["request", "checkContinue", "checkExpectation"]);

// Patched on the prototypes, so the server Next.js creates itself is covered; `checkContinue` and
// `checkExpectation` carry a request too (Expect headers) and may be answered as one.
for (const Server of [http.Server, https.Server]) {
  const emit = Server.prototype.emit;
  Server.prototype.emit = function emitWithPeerAddress(event, ...args) {
    if (REQUEST_EVENTS.has(event)) {
      const request = args[0];
      request.headers[HEADER] = request.socket?.remoteAddress ?? "";
    }
    return emit.call(this, event, ...args);
  };
}

globalThis[Symbol.for("tumar.peerAddressHeader")] = HEADER;
