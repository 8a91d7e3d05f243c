#!/usr/bin/env python3
"""Independent reference values for RmmBuilderTest (python3 + math only).

Every input is rounded to float32 first, exactly as the Avro Event stores it, then all physics is
computed in double precision from the textbook formulas. Run: python3 rmm_reference.py
"""
import math
import struct

SQRT_S, C = 13000.0, 0.15


def f32(x):
    return struct.unpack('f', struct.pack('f', x))[0]


def obj(name, pt, eta, phi, e):
    pt, eta, phi, e = f32(pt), f32(eta), f32(phi), f32(e)
    px, py, pz = pt * math.cos(phi), pt * math.sin(phi), pt * math.sinh(eta)
    p = math.sqrt(px * px + py * py + pz * pz)
    y = 0.5 * math.log((e + pz) / (e - pz)) if e > abs(pz) else eta
    m2 = e * e - p * p
    return dict(name=name, pt=pt, px=px, py=py, pz=pz, e=e, y=y, et=e * pt / p,
                mt_alone=math.sqrt(max(0.0, pt * pt + m2)))


def mass(a, b):
    m2 = (a['e'] + b['e']) ** 2 - sum((a[k] + b[k]) ** 2 for k in ('px', 'py', 'pz'))
    return math.sqrt(m2) if m2 >= 0 else -math.sqrt(-m2)


def mt_met(a, met, met_phi):
    sx, sy = a['px'] + met * math.cos(met_phi), a['py'] + met * math.sin(met_phi)
    mt2 = (a['et'] + met) ** 2 - sx * sx - sy * sy
    return math.sqrt(mt2) if mt2 > 0 else 0.0


def imbalance(lead, sub):
    return 0.0 if lead + sub == 0 else (lead - sub) / (lead + sub)


def report(objs, met, met_phi, previous):
    print(f"MET/sqrt(s)            = {met / SQRT_S!r}")
    for o in objs:
        print(f"{o['name']:4} mT/sqrt(s)        = {mt_met(o, met, met_phi) / SQRT_S!r}")
        print(f"{o['name']:4} C(cosh y - 1)     = {C * (math.cosh(o['y']) - 1)!r}")
        prev = previous.get(o['name'])
        diag = o['et'] / SQRT_S if prev is None else imbalance(prev['et'], o['et'])
        print(f"{o['name']:4} diag               = {diag!r}")
        prev_t = imbalance(prev['pt'], o['pt']) if prev else o['mt_alone']
        print(f"{o['name']:4} thesis mT alone    = {o['mt_alone']!r}   thesis diag = {prev_t!r}")
    for i, a in enumerate(objs):
        for b in objs[i + 1:]:
            dy = a['y'] - b['y']
            print(f"{a['name']},{b['name']}: m/sqrt(s) = {mass(a, b) / SQRT_S!r}  m = {mass(a, b)!r}  "
                  f"C(cosh(dy/2)-1) = {C * (math.cosh(dy / 2) - 1)!r}  C(cosh(dy)-1) = {C * (math.cosh(dy) - 1)!r}")


# The six-object event of RmmBuilderTest (listed here in pT order per type).
met, met_phi = f32(85.0), f32(-2.5)
j1 = obj('j1', 210.0, 0.5, 0.25, 240.0)
j2 = obj('j2', 95.5, -1.25, 2.0, 182.0)
b1 = obj('b1', 64.0, 1.75, -1.0, 190.0)
mu1 = obj('mu1', 48.25, -0.5, 1.5, 54.5)
e1 = obj('e1', 130.0, 0.75, -2.75, 168.5)
e2 = obj('e2', 35.0, -2.125, 0.5, 149.0)
print("== six-object event ==")
report([j1, j2, b1, mu1, e1, e2], met, met_phi, {'j2': j1, 'e2': e1})

print("== MET at 30 GeV (kept) and 29.5 GeV with the threshold off ==")
print(f"30/sqrt(s) = {f32(30.0) / SQRT_S!r}   29.5/sqrt(s) = {f32(29.5) / SQRT_S!r}")

print("== equal-pT jets keep event order: A (pt 50, eta 0.5, E 60) then B (pt 50, eta -1, E 80) ==")
for name, eta, e in (('A', 0.5, 60.0), ('B', -1.0, 80.0)):
    a = obj(name, 50.0, eta, 0.0, e)
    print(f"{name}: y = {a['y']!r}  C(cosh y - 1) = {C * (math.cosh(a['y']) - 1)!r}")

print("== E <= |pz| falls back to eta: pt 40, eta 2, E 140 ==")
s_ = obj('s', 40.0, 2.0, 0.0, 140.0)
print(f"pz = {s_['pz']!r}  C(cosh eta - 1) = {C * (math.cosh(2.0) - 1)!r}")

print("== two collinear objects with E < |p|: pt 50, eta 0, phi 0, E 45 each ==")
n1, n2 = obj('n1', 50.0, 0.0, 0.0, 45.0), obj('n2', 50.0, 0.0, 0.0, 45.0)
print(f"signed m/sqrt(s) = {mass(n1, n2) / SQRT_S!r}  (m2 = {90.0**2 - 100.0**2})")
