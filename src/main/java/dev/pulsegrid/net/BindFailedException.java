package dev.pulsegrid.net;

import java.net.InetSocketAddress;

/** A listening address could not be bound; the message names the problem and the fix. */
public final class BindFailedException extends Exception {
    private final InetSocketAddress address;

    public BindFailedException(InetSocketAddress address, String message, Throwable cause) {
        super(message, cause);
        this.address = address;
    }

    public InetSocketAddress address() {
        return address;
    }

    /** Turns whatever Netty or the JDK threw into one sentence an operator can act on. */
    public static BindFailedException explain(InetSocketAddress addr, Throwable cause, String portFlag) {
        String msg = String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT);
        String where = "UDP " + addr.getHostString() + ":" + addr.getPort();
        if (msg.contains("address already in use")) {
            return new BindFailedException(addr, where + " is already in use (another Pulsegrid or monitor is"
                    + " listening there): stop it, or choose another port with " + portFlag + " N", cause);
        }
        if (msg.contains("permission denied") || msg.contains("access denied")) {
            return new BindFailedException(addr, where + ": permission denied; ports below 1024 need privileges,"
                    + " choose another port with " + portFlag + " N", cause);
        }
        if (msg.contains("cannot assign requested address") || msg.contains("not available")) {
            return new BindFailedException(addr, where + ": no network interface has address "
                    + addr.getHostString() + "; use 0.0.0.0 (all IPv4), :: (all), or one of this machine's addresses", cause);
        }
        return new BindFailedException(addr, where + " could not be bound: " + cause.getMessage(), cause);
    }
}
