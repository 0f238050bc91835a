#!/usr/bin/env python3
# usage: git show fd73d80:crates/sightline-text/model/learned.bin > /tmp/slm1.bin
#        python3 bench/text/quantise_model.py /tmp/slm1.bin crates/sightline-text/model/learned.bin
# One-off: re-quantise model/learned.bin (SLM1, i16 weights) to SLM2 (i8 weights,
# per-label scale = largest |weight| / 127), as Model::from_parts now does.
import struct, sys, math
src, dst = sys.argv[1], sys.argv[2]
b = open(src, 'rb').read()
assert b[:4] == b'SLM1'
L, n = struct.unpack_from('<II', b, 4)
p = 12
hdr = []
for l in range(L):
    hdr.append(list(struct.unpack_from('<ffff', b, p))); p += 16
keys = b[p:p + 4 * n]; p += 4 * n
w16 = struct.unpack_from('<%dh' % (n * L), b, p)
assert p + 2 * n * L == len(b)
f32 = lambda x: struct.unpack('<f', struct.pack('<f', x))[0]
out = bytearray(b'SLM2') + struct.pack('<II', L, n)
newscale = []
for l in range(L):
    old = hdr[l][3]
    m = max(abs(w16[r * L + l]) for r in range(n))
    s = f32(m * old / 127.0) if m > 0 else 1.0
    newscale.append(s)
    out += struct.pack('<ffff', hdr[l][0], hdr[l][1], hdr[l][2], s)
out += keys
def rnd(x):
    return int(math.copysign(math.floor(abs(x) + 0.5), x))
for r in range(n):
    for l in range(L):
        q = rnd(w16[r * L + l] * hdr[l][3] / newscale[l])
        q = max(-127, min(127, q))
        out += struct.pack('<b', q)
open(dst, 'wb').write(out)
print(L, n, len(b), '->', len(out))
