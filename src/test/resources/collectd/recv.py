# Saves every UDP datagram received on 127.0.0.1:PORT to OUTDIR/NNN.bin until killed or MAX reached.
import socket, sys, os
port, outdir, maxn = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
os.makedirs(outdir, exist_ok=True)
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.1", port))
for i in range(maxn):
    data, addr = s.recvfrom(65535)
    with open(os.path.join(outdir, "%03d.bin" % i), "wb") as f:
        f.write(data)
    import time; print(i, len(data), addr, time.strftime("%H:%M:%S"), flush=True)
