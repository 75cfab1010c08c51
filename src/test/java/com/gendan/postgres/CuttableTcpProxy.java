package com.gendan.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A TCP proxy on 127.0.0.1 for a test to put between the application and a server, and to pull the
 * plug: {@link #cut()} closes every open connection and from then on closes each new one at once,
 * as a server that restarts or a lost network looks to the client; {@link #restore()} forwards
 * again. The proxy keeps its port throughout. Every thread is a daemon: one accepts, two per
 * connection copy the bytes, one each way.
 */
public final class CuttableTcpProxy implements AutoCloseable {

  private final InetSocketAddress target;
  private final ServerSocket listener;
  private final Set<Socket> open = new HashSet<>();
  private boolean cut;
  private boolean closed;

  private CuttableTcpProxy(InetSocketAddress target) throws IOException {
    this.target = target;
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "proxy-accept-" + port());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Listens on a free port of 127.0.0.1 and forwards every connection to {@code host:port}. */
  public static CuttableTcpProxy to(String host, int port) {
    try {
      return new CuttableTcpProxy(new InetSocketAddress(host, port));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The port to connect to instead of the target's. */
  public int port() {
    return listener.getLocalPort();
  }

  /** Closes every open connection and refuses new ones until {@link #restore()}. */
  public void cut() {
    List<Socket> dropped;
    synchronized (this) {
      cut = true;
      dropped = new ArrayList<>(open);
      open.clear();
    }
    dropped.forEach(CuttableTcpProxy::closeQuietly);
  }

  /** Forwards new connections again. */
  public synchronized void restore() {
    cut = false;
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
    }
    closeQuietly(listener);
    cut();
  }

  private void accept() {
    while (!listener.isClosed()) {
      Socket client;
      try {
        client = listener.accept();
      } catch (IOException e) {
        return;
      }
      forward(client);
    }
  }

  private void forward(Socket client) {
    Socket server = null;
    try {
      if (refusing()) {
        closeQuietly(client);
        return;
      }
      server = new Socket();
      server.connect(target, 5_000);
      if (!register(client, server)) {
        closeQuietly(client);
        closeQuietly(server);
        return;
      }
      pump(client, server, "up");
      pump(server, client, "down");
    } catch (IOException e) {
      closeQuietly(client);
      closeQuietly(server);
    }
  }

  private synchronized boolean refusing() {
    return cut || closed;
  }

  /** Adds the pair unless a cut came in between; {@link #cut()} then cannot miss it. */
  private synchronized boolean register(Socket client, Socket server) {
    if (cut || closed) {
      return false;
    }
    open.add(client);
    open.add(server);
    return true;
  }

  private synchronized void unregister(Socket from, Socket to) {
    open.remove(from);
    open.remove(to);
  }

  /** Copies bytes one way until either side closes; then closes both. */
  private void pump(Socket from, Socket to, String direction) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[16 * 1024];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                  out.write(buffer, 0, read);
                  out.flush();
                }
              } catch (IOException e) {
                // closed by cut() or by the other side: nothing to copy any more
              } finally {
                unregister(from, to);
                closeQuietly(from);
                closeQuietly(to);
              }
            },
            "proxy-" + direction + "-" + from.getPort());
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(AutoCloseable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (Exception e) {
      // closing is all we wanted
    }
  }
}
