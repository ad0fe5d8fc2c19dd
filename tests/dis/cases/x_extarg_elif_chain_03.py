def dispatch(x):
    if x == 0:
        r = None
    elif x == 1:
        r = 'v1' * 1
    elif x == 2:
        r = 'v2' * 2
    elif x == 3:
        r = 'v3' * 3
    elif x == 4:
        r = 'v4' * 4
    elif x == 5:
        r = 'v5' * 5
    elif x == 6:
        r = 'v6' * 6
    elif x == 7:
        r = 'v7' * 7
    elif x == 8:
        r = 'v8' * 8
    elif x == 9:
        r = 'v9' * 9
    elif x == 10:
        r = 'v10' * 10
    elif x == 11:
        r = 'v11' * 11
    elif x == 12:
        r = 'v12' * 12
    elif x == 13:
        r = 'v13' * 13
    elif x == 14:
        r = 'v14' * 14
    elif x == 15:
        r = 'v15' * 15
    elif x == 16:
        r = 'v16' * 16
    elif x == 17:
        r = 'v17' * 17
    elif x == 18:
        r = 'v18' * 18
    elif x == 19:
        r = 'v19' * 19
    elif x == 20:
        r = 'v20' * 20
    elif x == 21:
        r = 'v21' * 21
    elif x == 22:
        r = 'v22' * 22
    elif x == 23:
        r = 'v23' * 23
    elif x == 24:
        r = 'v24' * 24
    elif x == 25:
        r = 'v25' * 25
    elif x == 26:
        r = 'v26' * 26
    elif x == 27:
        r = 'v27' * 27
    elif x == 28:
        r = 'v28' * 28
    elif x == 29:
        r = 'v29' * 29
    elif x == 30:
        r = 'v30' * 30
    elif x == 31:
        r = 'v31' * 31
    elif x == 32:
        r = 'v32' * 32
    elif x == 33:
        r = 'v33' * 33
    elif x == 34:
        r = 'v34' * 34
    elif x == 35:
        r = 'v35' * 35
    elif x == 36:
        r = 'v36' * 36
    elif x == 37:
        r = 'v37' * 37
    elif x == 38:
        r = 'v38' * 38
    elif x == 39:
        r = 'v39' * 39
    elif x == 40:
        r = 'v40' * 40
    elif x == 41:
        r = 'v41' * 41
    elif x == 42:
        r = 'v42' * 42
    elif x == 43:
        r = 'v43' * 43
    elif x == 44:
        r = 'v44' * 44
    elif x == 45:
        r = 'v45' * 45
    elif x == 46:
        r = 'v46' * 46
    elif x == 47:
        r = 'v47' * 47
    elif x == 48:
        r = 'v48' * 48
    elif x == 49:
        r = 'v49' * 49
    elif x == 50:
        r = 'v50' * 50
    elif x == 51:
        r = 'v51' * 51
    elif x == 52:
        r = 'v52' * 52
    elif x == 53:
        r = 'v53' * 53
    elif x == 54:
        r = 'v54' * 54
    elif x == 55:
        r = 'v55' * 55
    elif x == 56:
        r = 'v56' * 56
    elif x == 57:
        r = 'v57' * 57
    elif x == 58:
        r = 'v58' * 58
    elif x == 59:
        r = 'v59' * 59
    elif x == 60:
        r = 'v60' * 60
    elif x == 61:
        r = 'v61' * 61
    elif x == 62:
        r = 'v62' * 62
    elif x == 63:
        r = 'v63' * 63
    elif x == 64:
        r = 'v64' * 64
    elif x == 65:
        r = 'v65' * 65
    elif x == 66:
        r = 'v66' * 66
    elif x == 67:
        r = 'v67' * 67
    elif x == 68:
        r = 'v68' * 68
    elif x == 69:
        r = 'v69' * 69
    elif x == 70:
        r = 'v70' * 70
    elif x == 71:
        r = 'v71' * 71
    elif x == 72:
        r = 'v72' * 72
    elif x == 73:
        r = 'v73' * 73
    elif x == 74:
        r = 'v74' * 74
    elif x == 75:
        r = 'v75' * 75
    elif x == 76:
        r = 'v76' * 76
    elif x == 77:
        r = 'v77' * 77
    elif x == 78:
        r = 'v78' * 78
    elif x == 79:
        r = 'v79' * 79
    elif x == 80:
        r = 'v80' * 80
    elif x == 81:
        r = 'v81' * 81
    elif x == 82:
        r = 'v82' * 82
    elif x == 83:
        r = 'v83' * 83
    elif x == 84:
        r = 'v84' * 84
    elif x == 85:
        r = 'v85' * 85
    elif x == 86:
        r = 'v86' * 86
    elif x == 87:
        r = 'v87' * 87
    elif x == 88:
        r = 'v88' * 88
    elif x == 89:
        r = 'v89' * 89
    elif x == 90:
        r = 'v90' * 90
    elif x == 91:
        r = 'v91' * 91
    elif x == 92:
        r = 'v92' * 92
    elif x == 93:
        r = 'v93' * 93
    elif x == 94:
        r = 'v94' * 94
    elif x == 95:
        r = 'v95' * 95
    elif x == 96:
        r = 'v96' * 96
    elif x == 97:
        r = 'v97' * 97
    elif x == 98:
        r = 'v98' * 98
    elif x == 99:
        r = 'v99' * 99
    elif x == 100:
        r = 'v100' * 100
    elif x == 101:
        r = 'v101' * 101
    elif x == 102:
        r = 'v102' * 102
    elif x == 103:
        r = 'v103' * 103
    elif x == 104:
        r = 'v104' * 104
    elif x == 105:
        r = 'v105' * 105
    elif x == 106:
        r = 'v106' * 106
    elif x == 107:
        r = 'v107' * 107
    elif x == 108:
        r = 'v108' * 108
    elif x == 109:
        r = 'v109' * 109
    elif x == 110:
        r = 'v110' * 110
    elif x == 111:
        r = 'v111' * 111
    elif x == 112:
        r = 'v112' * 112
    elif x == 113:
        r = 'v113' * 113
    elif x == 114:
        r = 'v114' * 114
    elif x == 115:
        r = 'v115' * 115
    elif x == 116:
        r = 'v116' * 116
    elif x == 117:
        r = 'v117' * 117
    elif x == 118:
        r = 'v118' * 118
    elif x == 119:
        r = 'v119' * 119
    else:
        r = x
    return r
