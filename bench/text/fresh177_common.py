# shared store for fresh177 texts
E = []
def T(text, ind="", sig="", typ="", risk=None):
    E.append((text, ind, sig, typ, risk))
